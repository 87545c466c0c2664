package dev.switchboard.core.ir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An object property. {@code required} is about presence; whether {@code null} is allowed is in
 * the type ({@link TypeRef.Nullable}).
 */
public record Property(
    Name name,
    TypeRef type,
    boolean required,
    boolean readOnly,
    boolean writeOnly,
    Docs docs,
    Optional<JsonNode> defaultValue,
    Constraints constraints,
    Map<String, JsonNode> extensions) {
  public Property {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(docs, "docs == null");
    Objects.requireNonNull(constraints, "constraints == null");
    extensions = Extensions.sorted(extensions);
  }
}
