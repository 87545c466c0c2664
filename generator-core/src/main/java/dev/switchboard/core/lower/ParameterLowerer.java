package dev.switchboard.core.lower;

import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.Parameter.Location;
import dev.switchboard.core.ir.Parameter.Style;
import dev.switchboard.core.ir.TypeRef;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Locale;
import java.util.Optional;

/** Lowers one parameter, applying OpenAPI's style and explode defaults. */
final class ParameterLowerer {
  private final SchemaLowerer schemas;

  ParameterLowerer(SchemaLowerer schemas) {
    this.schemas = schemas;
  }

  Parameter lower(io.swagger.v3.oas.models.parameters.Parameter parameter, Name operation, String pointer) {
    Location location = Location.valueOf(parameter.getIn().toUpperCase(Locale.ROOT));
    Schema<?> schema = schema(parameter);
    TypeRef type = schemas.lower(schema, SchemaLowerer.child(operation, parameter.getName()), pointer + "/schema");
    Style style = style(parameter, location);
    boolean explode = parameter.getExplode() != null ? parameter.getExplode() : style == Style.FORM;
    boolean required = location == Location.PATH || Boolean.TRUE.equals(parameter.getRequired());
    Object example = parameter.getExample() != null ? parameter.getExample() : schema == null ? null : schema.getExample();
    Docs docs = Docs.of(null, parameter.getDescription(), Boolean.TRUE.equals(parameter.getDeprecated()), Values.tree(example));
    var extensions = Values.extensions(parameter.getExtensions());
    return new Parameter(RangeFilters.name(parameter.getName(), type), location, type, required, style, explode, docs,
        Optional.ofNullable(schema == null ? null : Values.tree(schema.getDefault())),
        schema == null ? dev.switchboard.core.ir.Constraints.NONE : ObjectLowerer.constraints(schema),
        extensions, PersonalData.marked(extensions, pointer, schemas.diagnostics()));
  }

  private static Schema<?> schema(io.swagger.v3.oas.models.parameters.Parameter parameter) {
    if (parameter.getSchema() != null || parameter.getContent() == null) {
      return parameter.getSchema();
    }
    return parameter.getContent().values().stream().map(MediaType::getSchema).findFirst().orElse(null);
  }

  private static Style style(io.swagger.v3.oas.models.parameters.Parameter parameter, Location location) {
    if (parameter.getStyle() == null) {
      return location == Location.QUERY || location == Location.COOKIE ? Style.FORM : Style.SIMPLE;
    }
    switch (parameter.getStyle()) {
      case FORM: return Style.FORM;
      case LABEL: return Style.LABEL;
      case MATRIX: return Style.MATRIX;
      case SPACEDELIMITED: return Style.SPACE_DELIMITED;
      case PIPEDELIMITED: return Style.PIPE_DELIMITED;
      case DEEPOBJECT: return Style.DEEP_OBJECT;
      default: return Style.SIMPLE;
    }
  }
}
