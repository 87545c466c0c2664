package dev.switchboard.golang;

import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plan.ExampleValue;
import dev.switchboard.core.plan.Input;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Go expressions of the plan's example values, typed as the generated code declares them: plain
 * where a value is required, {@code Some(...)} or {@code Null[T]()} where it is a {@code core.Opt},
 * numbers converted to their Go type so that {@code Some} infers it.
 */
final class GoExamples {
  private final GoTypes types;

  GoExamples(GoTypes types) {
    this.types = types;
  }

  /** A positional argument's example, such as a path parameter's: the plan's value, else the text {@code "example"}. */
  String argument(Input input) {
    return input.example().map(e -> value(e, input.type(), true)).orElse("\"example\"");
  }

  /** The value of a field or input of type {@code ref}: a {@code core.Opt} unless required and not nullable. */
  String value(ExampleValue example, TypeRef ref, boolean required) {
    if (required && !(ref instanceof TypeRef.Nullable)) {
      return member(example, ref);
    }
    if (example instanceof ExampleValue.Null) {
      return "Null[" + types.member(ref.nonNull()) + "]()";
    }
    // A union's variant would make Some infer the variant's type, not the union's.
    String typed = types.isUnion(ref.nonNull()) ? "[" + types.member(ref.nonNull()) + "]" : "";
    return "Some" + typed + "(" + member(example, ref.nonNull()) + ")";
  }

  /** A value held by a struct field: a pointer where the struct would contain itself. */
  private String member(ExampleValue example, TypeRef ref) {
    String expression = of(example, ref);
    return types.member(ref).startsWith("*") ? "&" + expression : expression;
  }

  /** An item of a list or map: a {@code core.Opt} when the items are nullable. */
  private String item(ExampleValue example, TypeRef ref) {
    return ref instanceof TypeRef.Nullable ? value(example, ref, false) : of(example, ref);
  }

  String of(ExampleValue example, TypeRef ref) {
    if (ref instanceof TypeRef.Named named) {
      return named(example, named.id());
    }
    if (ref instanceof TypeRef.ListOf list && example instanceof ExampleValue.ListValue items) {
      return types.of(ref) + "{" + String.join(", ", items.items().stream().map(i -> item(i, list.items())).toList()) + "}";
    }
    if (ref instanceof TypeRef.MapOf map && example instanceof ExampleValue.MapValue entries) {
      return types.of(ref) + "{" + String.join(", ", entries.entries().stream()
          .map(e -> GoText.quote(e.wire()) + ": " + item(e.value(), map.values())).toList()) + "}";
    }
    if (ref instanceof TypeRef.PrimitiveRef primitive && example instanceof ExampleValue.Scalar scalar) {
      return scalar(primitive.primitive(), scalar.value().asText());
    }
    if (ref instanceof TypeRef.Literal literal) {
      return literal(literal);
    }
    return zero(ref, example);
  }

  private String named(ExampleValue example, String id) {
    TypeDecl decl = types.decl(id);
    String name = types.name(id);
    if (decl instanceof TypeDecl.EnumType enumType) {
      String text = example instanceof ExampleValue.EnumConstant constant ? constant.value().asText()
          : example instanceof ExampleValue.Scalar scalar ? scalar.value().asText() : "";
      return name + "(" + (enumType.base() == TypeDecl.EnumBase.INTEGER ? text : GoText.quote(text)) + ")";
    }
    if (decl instanceof TypeDecl.AliasType alias) {
      String inner = of(example, alias.target());
      return alias.target() instanceof TypeRef.Named ? inner : name + "(" + inner + ")";
    }
    if (decl instanceof TypeDecl.UnionType union && example instanceof ExampleValue.ObjectValue object) {
      boolean variant = union.variants().stream()
          .anyMatch(v -> v.type() instanceof TypeRef.Named n && n.id().equals(object.type()));
      return variant ? named(example, object.type()) : "nil";
    }
    if (decl instanceof TypeDecl.UnionType) {
      return "nil";
    }
    if (decl instanceof TypeDecl.ObjectType type && example instanceof ExampleValue.ObjectValue object) {
      List<String> fields = object.fields().stream().flatMap(f -> type.property(f.wire()).stream()
          .map(p -> types.fieldName(type.id(), p.name().wire()) + ": " + value(f.value(), p.type(), p.required()))).toList();
      return name + "{" + String.join(", ", fields) + "}";
    }
    return name + "{}";
  }

  private static String scalar(Primitive primitive, String text) {
    return switch (primitive) {
      case BOOLEAN -> "true".equals(text) ? "true" : "false";
      case INTEGER, INT64 -> "int64(" + integer(text) + ")";
      case INT32 -> "int32(" + integer(text) + ")";
      case NUMBER, DOUBLE -> "float64(" + number(text) + ")";
      case FLOAT -> "float32(" + number(text) + ")";
      case DATE_TIME -> time(text);
      case DATE_TIME_RFC_2822 -> "core.RFC2822Time{Time: " + time(text) + "}";
      case BASE64 -> "[]byte(" + GoText.quote(text) + ")";
      case BINARY -> "File{Name: \"example.bin\", Content: strings.NewReader(" + GoText.quote(text) + ")}";
      default -> GoText.quote(text);
    };
  }

  private static String integer(String text) {
    return text.matches("-?[0-9]+") ? text : "0";
  }

  private static String number(String text) {
    return text.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?") ? text : "0";
  }

  private static String time(String text) {
    try {
      OffsetDateTime t = OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
      return "time.Date(" + t.getYear() + ", " + t.getMonthValue() + ", " + t.getDayOfMonth() + ", " + t.getHour() + ", "
          + t.getMinute() + ", " + t.getSecond() + ", 0, time.UTC)";
    } catch (java.time.format.DateTimeParseException e) {
      return "time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)";
    }
  }

  /** A value the example does not fit: the type's zero value. */
  private String zero(TypeRef ref, ExampleValue example) {
    String type = types.of(ref);
    if (example instanceof ExampleValue.Json json && type.equals("json.RawMessage")) {
      return "json.RawMessage(" + GoText.quote(json.value().toString()) + ")";
    }
    return switch (type) {
      case "string" -> "\"\"";
      case "bool" -> "false";
      case "int64", "int32", "float64", "float32" -> type + "(0)";
      default -> type.startsWith("[]") || type.startsWith("map[") || type.equals("json.RawMessage") ? type + "(nil)"
          : type + "{}";
    };
  }

  /** A constant's value, typed as {@link GoTypes#of} types it. */
  private static String literal(TypeRef.Literal literal) {
    var value = literal.value();
    if (value.isTextual()) {
      return GoText.quote(value.asText());
    }
    if (value.isBoolean()) {
      return value.asText();
    }
    if (value.isIntegralNumber()) {
      return "int64(" + value.asText() + ")";
    }
    return value.isNumber() ? "float64(" + value.asText() + ")" : "json.RawMessage(" + GoText.quote(value.toString()) + ")";
  }
}
