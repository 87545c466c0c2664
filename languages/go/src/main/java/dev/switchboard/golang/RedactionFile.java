package dev.switchboard.golang;

import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.plan.Redaction;
import dev.switchboard.core.render.TemplateEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The package's {@code redaction.go}, written when a model has personal-data fields: its {@code
 * String} and {@code GoString} methods, which {@code fmt} prints, show those fields as {@code ***}.
 * A model with a field named {@code String} or {@code GoString} keeps Go's own text.
 */
final class RedactionFile {
  record Masked(String type, String name, String wires) {}

  record View(Views.Header header, List<String> packageDoc, List<Masked> models) {
    View withHeader(Views.Header other) {
      return new View(other, packageDoc, models);
    }
  }

  private RedactionFile() {}

  static Optional<String> render(TemplateEngine templates, String packageName, Function<String, String> imports,
      Redaction redaction, GoTypes types) {
    List<Masked> models = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : redaction.fields().entrySet()) {
      String type = types.name(entry.getKey());
      boolean free = types.decl(entry.getKey()) instanceof TypeDecl.ObjectType object
          && object.properties().stream().map(p -> types.fieldName(entry.getKey(), p.name().wire()))
              .noneMatch(field -> "String".equals(field) || "GoString".equals(field));
      if (free) {
        models.add(new Masked(type, GoText.quote(type), GoText.quoteAll(entry.getValue())));
      }
    }
    if (models.isEmpty()) {
      return Optional.empty();
    }
    View view = new View(null, List.of(), models);
    return Optional.of(GoFile.render(templates, "redaction.go.mustache", packageName, imports, view::withHeader));
  }
}
