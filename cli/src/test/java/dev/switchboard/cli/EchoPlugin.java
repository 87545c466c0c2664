package dev.switchboard.cli;

import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Option;
import dev.switchboard.core.plugin.OptionSet;
import java.util.List;

/** A minimal plugin for CLI tests: one text file per object type, rendered from a template. */
public final class EchoPlugin implements LanguagePlugin {
  public record TypeView(String id, List<String> properties) {}

  @Override
  public String id() {
    return "test-echo";
  }

  @Override
  public String description() {
    return "test plugin";
  }

  @Override
  public boolean isReserved(dev.switchboard.core.plugin.NameKind kind, dev.switchboard.core.ir.Name name) {
    return java.util.Set.of("class", "String").contains(name.wire());
  }

  @Override
  public OptionSet options() {
    return OptionSet.of(Option.text("fail", "any value makes generation fail"));
  }

  @Override
  public FileSet generate(GenerationContext context) {
    FileSet files = new FileSet();
    for (TypeDecl type : context.api().types()) {
      if (type instanceof TypeDecl.ObjectType object) {
        List<String> properties = object.properties().stream().map(p -> p.name().wire()).toList();
        files.add("types/" + type.id() + ".txt", context.templates().render("type.txt.mustache", new TypeView(type.id(), properties)));
      }
    }
    if (context.options().get("fail").isPresent()) {
      throw new IllegalStateException("asked to fail");
    }
    return files;
  }
}
