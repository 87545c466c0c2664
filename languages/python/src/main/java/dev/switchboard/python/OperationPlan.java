package dev.switchboard.python;

import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plan.ExampleValue;
import java.util.List;
import java.util.Optional;

/**
 * What one operation becomes in Python, shared by the sync and async methods: its name, the
 * module constant holding its {@code Endpoint}, its arguments, and the shape of its result.
 * {@code fieldBody} is true when the body's properties are keyword arguments; {@code itemLimit} is
 * the keyword argument capping a pager's items (the plan's {@code itemLimit}), empty for other shapes.
 * {@code requireOneOf} holds the plan's groups as argument names: a call must give at least one of each.
 * {@code bound} are the wire names of the path parameters a resource of the tree holds (its ancestors'
 * keys, then its own), in path order: they are not arguments, the method sends the held values.
 */
record OperationPlan(
    String method,
    String constant,
    String endpoint,
    List<Argument> arguments,
    Shape shape,
    PyType result,
    String docstring,
    boolean deprecated,
    boolean fieldBody,
    Optional<String> itemLimit,
    List<List<String>> requireOneOf,
    List<String> bound) {

  /** What the method returns. */
  enum Shape {
    /** A decoded body (JSON or text). */
    VALUE,
    /** Nothing (no response body). */
    NONE,
    /** Whether the server deleted: a delete without a response body, {@code False} for 202 Accepted. */
    DELETED,
    /** An auto-paginating iterator; {@code result} is the item type. */
    PAGER,
    /** A stream of server-sent events; {@code result} is the event type. */
    EVENTS,
    /** A binary body to read or stream. */
    BINARY;

    /** Whether the method returns a plain value, so a raw-response variant makes sense. */
    boolean plain() {
      return this == VALUE || this == NONE || this == DELETED;
    }
  }

  /** Where an argument goes in the request. */
  enum Location {
    PATH, QUERY, HEADER, COOKIE, FIELD, BODY
  }

  /** One argument: Python name, wire name, where it goes, annotation, whether required, docs, IR type and the plan's example. */
  record Argument(String name, String wire, Location location, PyType annotation, boolean required, String doc,
      TypeRef type, Optional<ExampleValue> example) {
    /**
     * Required path parameters and a required whole body are positional; everything else (a path
     * parameter with a default from the credentials too) is keyword-only.
     */
    boolean positional() {
      return (location == Location.PATH || location == Location.BODY) && required;
    }

    /** The signature entry at {@code indent}, e.g. {@code to: Union[str, NotGiven] = NOT_GIVEN}. */
    String declaration(int indent) {
      String head = name + ": ";
      if (required) {
        return head + annotation.render(indent, head.length(), 1);
      }
      PyType optional = annotation.is("Union") ? annotation.with(PyType.of("NotGiven"))
          : PyType.generic("Union", annotation, PyType.of("NotGiven"));
      return head + optional.render(indent, head.length(), " = NOT_GIVEN,".length()) + " = NOT_GIVEN";
    }
  }

  /** Whether {@code with_raw_response} offers this method. */
  boolean hasRawResponse() {
    return shape.plain();
  }
}
