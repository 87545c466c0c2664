package dev.switchboard.core.ir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An object property. {@code required} is about presence; whether {@code null} is allowed is in
 * the type ({@link TypeRef.Nullable}). {@code sensitive} marks personal data (Twilio's
 * {@code x-twilio: {pii: ...}}, any API's {@code x-switchboard-sensitive: true}), which SDKs
 * mask in a model's text form; it is left out of the JSON when false.
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
    Map<String, JsonNode> extensions,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean sensitive) {
  public Property {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(docs, "docs == null");
    Objects.requireNonNull(constraints, "constraints == null");
    extensions = Extensions.sorted(extensions);
  }
}
