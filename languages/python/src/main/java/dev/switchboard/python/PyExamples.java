package dev.switchboard.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plan.ExampleValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's example values spelled in Python: models as constructor calls with keyword
 * arguments, dates as {@code datetime} values, files as paths. Laid out for the column a value
 * starts at, as ruff's formatter keeps it.
 */
final class PyExamples {
  private final PyTypes types;

  PyExamples(PyTypes types) {
    this.types = types;
  }

  /** {@code prefix} followed by {@code value}, as an item of a call at {@code indent}. */
  String of(ExampleValue value, int indent, String prefix) {
    if (value instanceof ExampleValue.ObjectValue object) {
      return object(object, indent, prefix);
    }
    if (value instanceof ExampleValue.ListValue list) {
      List<String> items = list.items().stream().map(item -> of(item, indent + 4, "")).toList();
      return PyCode.wrap(indent, prefix + "[", items, "]", 1);
    }
    if (value instanceof ExampleValue.MapValue map) {
      List<String> entries = map.entries().stream()
          .map(e -> of(e.value(), indent + 4, PyText.literal(e.wire()) + ": ")).toList();
      return PyCode.wrap(indent, prefix + "{", entries, "}", 1);
    }
    if (value instanceof ExampleValue.Json json) {
      return json(json.value(), indent, prefix);
    }
    if (value instanceof ExampleValue.EnumConstant constant) {
      return prefix + PyValues.literal(constant.value());
    }
    if (value instanceof ExampleValue.Scalar scalar) {
      return prefix + scalar(scalar);
    }
    return prefix + "None";
  }

  private static String scalar(ExampleValue.Scalar scalar) {
    JsonNode value = scalar.value();
    return switch (scalar.primitive()) {
      case DATE -> {
        LocalDate date = LocalDate.parse(value.asText());
        yield "datetime.date(" + date.getYear() + ", " + date.getMonthValue() + ", " + date.getDayOfMonth() + ")";
      }
      case DATE_TIME, DATE_TIME_RFC_2822 -> dateTime(scalar.primitive().dateTimeFormat().orElseThrow().parse(value.asText()));
      case BINARY -> "Path(" + PyText.literal(value.asText()) + ")";
      default -> PyValues.literal(value);
    };
  }

  private static String dateTime(OffsetDateTime time) {
    List<Integer> parts = List.of(time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
        time.getMinute(), time.getSecond());
    StringBuilder out = new StringBuilder("datetime.datetime(");
    parts.forEach(p -> out.append(p).append(", "));
    if (time.getNano() != 0) {
      out.append(time.getNano() / 1000).append(", ");
    }
    ZoneOffset offset = time.getOffset();
    String zone = offset.getTotalSeconds() == 0 ? "datetime.timezone.utc"
        : "datetime.timezone(datetime.timedelta(seconds=" + offset.getTotalSeconds() + "))";
    return out.append("tzinfo=").append(zone).append(")").toString();
  }

  /** A model constructor; constant fields (literals) are left to their defaults. */
  private String object(ExampleValue.ObjectValue object, int indent, String prefix) {
    TypeDecl.ObjectType decl = (TypeDecl.ObjectType) types.decl(object.type()).orElseThrow();
    Map<String, String> names = new HashMap<>();
    List<String> fieldNames = types.symbols().fieldNames(decl);
    for (int i = 0; i < fieldNames.size(); i++) {
      names.put(decl.properties().get(i).name().wire(), fieldNames.get(i));
    }
    List<String> arguments = new ArrayList<>();
    for (ExampleValue.Field field : object.fields()) {
      Property property = decl.property(field.wire()).orElse(null);
      if (property != null && !(property.type() instanceof TypeRef.Literal)) {
        arguments.add(of(field.value(), indent + 4, names.get(field.wire()) + "="));
      }
    }
    return PyCode.wrap(indent, prefix + types.name(object.type()) + "(", arguments, ")", 1);
  }

  private static String json(JsonNode node, int indent, String prefix) {
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(json(item, indent + 4, "")));
      return PyCode.wrap(indent, prefix + "[", items, "]", 1);
    }
    if (node.isObject()) {
      List<String> entries = new ArrayList<>();
      node.properties().forEach(e -> entries.add(json(e.getValue(), indent + 4, PyText.literal(e.getKey()) + ": ")));
      return PyCode.wrap(indent, prefix + "{", entries, "}", 1);
    }
    return prefix + PyValues.literal(node);
  }
}
