package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.Primitive;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A language-neutral example value, shaped like the type it is for, so each plugin prints it in
 * its own syntax (a model constructor, an object literal, a builder).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ExampleValue.Scalar.class, name = "scalar"),
  @JsonSubTypes.Type(value = ExampleValue.EnumConstant.class, name = "enum"),
  @JsonSubTypes.Type(value = ExampleValue.ObjectValue.class, name = "object"),
  @JsonSubTypes.Type(value = ExampleValue.ListValue.class, name = "list"),
  @JsonSubTypes.Type(value = ExampleValue.MapValue.class, name = "map"),
  @JsonSubTypes.Type(value = ExampleValue.Json.class, name = "json"),
  @JsonSubTypes.Type(value = ExampleValue.Null.class, name = "null")
})
public sealed interface ExampleValue {

  /** A primitive value as it is written on the wire (a date as {@code "2026-01-02"}). */
  record Scalar(Primitive primitive, JsonNode value) implements ExampleValue {
    public Scalar {
      Objects.requireNonNull(primitive, "primitive == null");
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** A constant of the enum {@code type}. */
  record EnumConstant(String type, JsonNode value) implements ExampleValue {
    public EnumConstant {
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(value, "value == null");
    }
  }

  /**
   * An instance of object {@code type}; {@code fields} by wire name in declaration order. When it
   * stands for a union variant, {@code union} is the union's id and the discriminator is a field.
   */
  record ObjectValue(String type, Optional<String> union, List<Field> fields) implements ExampleValue {
    public ObjectValue {
      Objects.requireNonNull(type, "type == null");
      Objects.requireNonNull(union, "union == null");
      fields = List.copyOf(fields);
    }
  }

  record ListValue(List<ExampleValue> items) implements ExampleValue {
    public ListValue {
      items = List.copyOf(items);
    }
  }

  /** A map with string keys. */
  record MapValue(List<Field> entries) implements ExampleValue {
    public MapValue {
      entries = List.copyOf(entries);
    }
  }

  /** Any JSON, for literals and untyped values. */
  record Json(JsonNode value) implements ExampleValue {
    public Json {
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** JSON null, where the type allows it and a value would recurse forever. */
  record Null() implements ExampleValue {}

  /** One property or map entry. */
  record Field(String wire, ExampleValue value) {
    public Field {
      Objects.requireNonNull(wire, "wire == null");
      Objects.requireNonNull(value, "value == null");
    }
  }
}
