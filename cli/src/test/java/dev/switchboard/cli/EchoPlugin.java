package dev.switchboard.cli;

import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plugin.BundleContext;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolProvider;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Option;
import dev.switchboard.core.plugin.OptionSet;
import java.util.List;
import java.util.Set;

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
  public SymbolProvider symbolProvider() {
    return kind -> kind == NameKind.TYPE ? Set.of("String") : Set.of("class");
  }

  @Override
  public OptionSet options() {
    return OptionSet.of(Option.text("fail", "any value makes generation fail"));
  }

  @Override
  public FileSet generate(GenerationContext context) {
    FileSet files = new FileSet();
    SymbolTable.Scope types = context.symbols().scope("types");
    for (TypeDecl type : context.api().types()) {
      types.claim(NameKind.TYPE, type.name().wire(), new SymbolTable.Source(type.name().wire(), type.source()));
      if (type instanceof TypeDecl.ObjectType object) {
        SymbolTable.Scope members = context.symbols().scope(object.id());
        List<String> properties = object.properties().stream().map(p -> members.claim(NameKind.PROPERTY, p.name().wire(),
            new SymbolTable.Source(p.name().wire(), type.source() + "/properties/" + p.name().wire()))).toList();
        files.add(folder(context) + "types/" + type.id() + ".txt", context.templates().render("type.txt.mustache", new TypeView(type.id(), properties)));
      }
    }
    if (context.options().get("fail").isPresent()) {
      throw new IllegalStateException("asked to fail");
    }
    return files;
  }

  /** A mount's files go below its path; an SDK of one spec has no placement. */
  private static String folder(GenerationContext context) {
    return context.placement().map(p -> String.join("/", p.mount().stream().map(n -> n.wire()).toList()) + "/").orElse("");
  }

  @Override
  public FileSet generateRoot(BundleContext context) {
    String mounts = String.join("\n", context.bundle().mounts().stream().map(m -> m.key() + " " + m.serverPath()).toList());
    return new FileSet().add("client.txt", context.bundle().identity().client().wire() + "\n" + mounts + "\n");
  }
}
