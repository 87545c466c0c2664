package dev.switchboard.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.TypeRef;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a caller passes to an operation. {@code name} is the neutral name for code, unique
 * among the operation's inputs; {@code wire} is what goes over HTTP (empty for a whole body).
 * {@code flattenedFrom} is the id of the body type a {@link Location#BODY_FIELD} was taken from.
 * {@code docs} are the parameter's, property's or body's; {@code example} is set for required
 * inputs and the first input of each {@code requireOneOf} group, for READMEs. {@code defaultFrom} is set on a path parameter the config lets a call leave
 * out ({@code defaults:}): it is then not required, and takes a credential's value.
 */
public record Input(
    Name name,
    String wire,
    Location location,
    TypeRef type,
    boolean required,
    boolean deprecated,
    Docs docs,
    Optional<JsonNode> defaultValue,
    Optional<String> flattenedFrom,
    Optional<ExampleValue> example,
    Optional<CredentialDefault> defaultFrom) {
  public Input {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(wire, "wire == null");
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(docs, "docs == null");
    Objects.requireNonNull(defaultValue, "defaultValue == null");
    Objects.requireNonNull(flattenedFrom, "flattenedFrom == null");
    Objects.requireNonNull(example, "example == null");
    Objects.requireNonNull(defaultFrom, "defaultFrom == null");
  }

  /** Where an input goes in the request. */
  public enum Location {
    PATH,
    QUERY,
    HEADER,
    COOKIE,
    /** One property of a flattened JSON, form or multipart body. */
    BODY_FIELD,
    /** The whole request body. */
    BODY
  }
}
