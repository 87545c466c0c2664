package dev.switchboard.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * What one operation becomes in Python, shared by the sync and async methods: its name, the
 * module constant holding its {@code Endpoint}, its arguments, and the shape of its result.
 * {@code fieldBody} is true when the body's properties are keyword arguments.
 */
record OperationPlan(
    String method,
    String constant,
    String endpoint,
    List<Argument> arguments,
    Shape shape,
    String result,
    String docstring,
    boolean deprecated,
    boolean fieldBody) {

  /** What the method returns. */
  enum Shape {
    /** A decoded body (JSON or text). */
    VALUE,
    /** Nothing (no response body). */
    NONE,
    /** An auto-paginating iterator; {@code result} is the item type. */
    PAGER,
    /** A stream of server-sent events; {@code result} is the event type. */
    EVENTS,
    /** A binary body to read or stream. */
    BINARY
  }

  /** Where an argument goes in the request. */
  enum Location {
    PATH, QUERY, HEADER, COOKIE, FIELD, BODY
  }

  /** One argument: Python name, wire name, where it goes, annotation, whether required, docs, IR type and example. */
  record Argument(String name, String wire, Location location, String annotation, boolean required, String doc,
      TypeRef type, Optional<JsonNode> example) {
    /** Path parameters and a required whole body are positional; everything else is keyword-only. */
    boolean positional() {
      return location == Location.PATH || (location == Location.BODY && required);
    }

    /** The signature entry, e.g. {@code to: Union[str, NotGiven] = NOT_GIVEN}. */
    String declaration() {
      return required ? name + ": " + annotation : name + ": " + withNotGiven(annotation) + " = NOT_GIVEN";
    }

    /** {@code Union[X, NotGiven]}, merged into an annotation that is a Union already. */
    private static String withNotGiven(String annotation) {
      boolean union = annotation.startsWith("Union[") && closingBracket(annotation, 5) == annotation.length() - 1;
      return union
          ? annotation.substring(0, annotation.length() - 1) + ", NotGiven]"
          : "Union[" + annotation + ", NotGiven]";
    }

    private static int closingBracket(String text, int open) {
      int depth = 0;
      for (int i = open; i < text.length(); i++) {
        depth += text.charAt(i) == '[' ? 1 : text.charAt(i) == ']' ? -1 : 0;
        if (depth == 0) {
          return i;
        }
      }
      return -1;
    }
  }

  /** Whether {@code with_raw_response} offers this method. */
  boolean hasRawResponse() {
    return shape == Shape.VALUE || shape == Shape.NONE;
  }
}
