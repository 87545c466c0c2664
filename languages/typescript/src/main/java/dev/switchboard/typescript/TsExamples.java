package dev.switchboard.typescript;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.DateTimeFormat;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.plan.ExampleValue;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's example values spelled in TypeScript: objects and maps as object literals written
 * one property a line (which Prettier keeps), lists inline unless they hold objects, 64-bit
 * integers as {@code bigint}s, date-times as {@code Date}s and files as {@code Blob}s.
 */
final class TsExamples {
  private final SdkModel model;

  TsExamples(SdkModel model) {
    this.model = model;
  }

  /** {@code key: value,} lines at {@code indent}. */
  String entry(int indent, String key, ExampleValue example) {
    ExampleValue value = listed(example);
    List<Entry> entries = entries(value);
    if (!entries.isEmpty()) {
      return " ".repeat(indent) + key + ": " + block(indent, entries) + ",\n";
    }
    if (value instanceof ExampleValue.ListValue list && list.items().stream().anyMatch(this::isBlock)) {
      return " ".repeat(indent) + key + ": " + list(indent, list.items()) + ",\n";
    }
    return Code.property(indent, key, inline(value));
  }

  private record Entry(String key, ExampleValue value) {}

  /** JSON arrays are lists of JSON values, laid out like any list. */
  private static ExampleValue listed(ExampleValue value) {
    if (value instanceof ExampleValue.Json json && json.value().isArray()) {
      List<ExampleValue> items = new ArrayList<>();
      json.value().forEach(item -> items.add(new ExampleValue.Json(item)));
      return new ExampleValue.ListValue(items);
    }
    return value;
  }

  private boolean isBlock(ExampleValue example) {
    ExampleValue value = listed(example);
    return !entries(value).isEmpty()
        || value instanceof ExampleValue.ListValue list && list.items().stream().anyMatch(this::isBlock);
  }

  /** The properties of a value written as an object literal with properties; empty otherwise. */
  private List<Entry> entries(ExampleValue value) {
    List<Entry> entries = new ArrayList<>();
    if (value instanceof ExampleValue.ObjectValue object) {
      object.fields().forEach(f -> key(object, f.wire()).ifPresent(k -> entries.add(new Entry(k, f.value()))));
    } else if (value instanceof ExampleValue.MapValue map) {
      map.entries().forEach(e -> entries.add(new Entry(TsSymbols.propertyKey(e.wire()), e.value())));
    } else if (value instanceof ExampleValue.Json json && json.value().isObject()) {
      for (Map.Entry<String, JsonNode> e : json.value().properties()) {
        entries.add(new Entry(TsSymbols.propertyKey(e.getKey()), new ExampleValue.Json(e.getValue())));
      }
    }
    return entries;
  }

  /** A field's key: the model's property name, or the union's discriminator name for a tag it lacks. */
  private Optional<String> key(ExampleValue.ObjectValue object, String wire) {
    TypeDecl.ObjectType type = (TypeDecl.ObjectType) model.declarations.get(object.type());
    Optional<Property> property = type.property(wire);
    if (property.isPresent()) {
      return Optional.of(TsSymbols.propertyKey(model.property(type.id(), property.get())));
    }
    return object.union().map(id -> (TypeDecl.UnionType) model.declarations.get(id))
        .map(union -> TsSymbols.propertyKey(model.discriminatorName(union)));
  }

  private String block(int indent, List<Entry> entries) {
    StringBuilder out = new StringBuilder("{\n");
    entries.forEach(e -> out.append(entry(indent + 2, e.key(), e.value())));
    return out.append(" ".repeat(indent)).append('}').toString();
  }

  private String list(int indent, List<ExampleValue> items) {
    StringBuilder out = new StringBuilder("[\n");
    String pad = " ".repeat(indent + 2);
    for (ExampleValue example : items) {
      ExampleValue item = listed(example);
      List<Entry> entries = entries(item);
      String value = !entries.isEmpty() ? block(indent + 2, entries)
          : item instanceof ExampleValue.ListValue nested && isBlock(nested) ? list(indent + 2, nested.items())
          : inline(item);
      out.append(pad).append(value).append(",\n");
    }
    return out.append(" ".repeat(indent)).append(']').toString();
  }

  /** A value written on one line. */
  String inline(ExampleValue example) {
    ExampleValue value = listed(example);
    if (value instanceof ExampleValue.Scalar scalar) {
      return scalar(scalar);
    }
    if (value instanceof ExampleValue.EnumConstant constant) {
      return TsTypes.literal(constant.value());
    }
    if (value instanceof ExampleValue.ListValue list) {
      return "[" + String.join(", ", list.items().stream().map(this::inline).toList()) + "]";
    }
    if (value instanceof ExampleValue.Json json && !json.value().isObject()) {
      return TsTypes.literal(json.value());
    }
    return value instanceof ExampleValue.Null ? "null" : "{}";
  }

  private String scalar(ExampleValue.Scalar scalar) {
    JsonNode value = scalar.value();
    return switch (scalar.primitive()) {
      case BOOLEAN, INTEGER, INT32, NUMBER, FLOAT, DOUBLE -> value.asText();
      case INT64 -> value.asText() + (model.types.bigint() ? "n" : "");
      case BINARY -> "new Blob([" + TsText.string(value.asText()) + "])";
      case DATE_TIME, DATE_TIME_RFC_2822 -> date(value.asText());
      default -> TsText.string(value.asText());
    };
  }

  /**
   * A date-time as a {@code Date} of the instant it names, in RFC 3339 (which every engine reads),
   * whichever format the example is written in; the text itself where it names no instant.
   */
  private static String date(String text) {
    for (DateTimeFormat format : DateTimeFormat.values()) {
      try {
        return "new Date(" + TsText.string(format.parse(text).toInstant().toString()) + ")";
      } catch (DateTimeParseException notThisFormat) {
        // the other format may read it
      }
    }
    return TsText.string(text);
  }
}
