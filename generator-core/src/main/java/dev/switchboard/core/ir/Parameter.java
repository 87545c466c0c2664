package dev.switchboard.core.ir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An operation parameter with its serialization rules resolved (defaults applied). {@code
 * sensitive} marks personal data, as on {@link Property}; left out of the JSON when false.
 */
public record Parameter(
    Name name,
    Location location,
    TypeRef type,
    boolean required,
    Style style,
    boolean explode,
    Docs docs,
    Optional<JsonNode> defaultValue,
    Constraints constraints,
    Map<String, JsonNode> extensions,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean sensitive) {
  public Parameter {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(style, "style == null");
    extensions = Extensions.sorted(extensions);
  }

  public enum Location {
    PATH,
    QUERY,
    HEADER,
    COOKIE
  }

  /** OpenAPI serialization styles. */
  public enum Style {
    SIMPLE,
    FORM,
    LABEL,
    MATRIX,
    SPACE_DELIMITED,
    PIPE_DELIMITED,
    DEEP_OBJECT
  }
}
