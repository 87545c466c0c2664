package dev.switchboard.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Python expressions for example arguments in the README, from spec examples or the type. */
final class ExampleValues {
  private static final int MAX_DEPTH = 2;

  private final PyTypes types;

  ExampleValues(PyTypes types) {
    this.types = types;
  }

  String of(TypeRef type, Optional<JsonNode> example, String hint) {
    if (example.isPresent() && example.get().isValueNode()) {
      return PyValues.literal(example.get());
    }
    return value(type, hint, 0);
  }

  private String value(TypeRef type, String hint, int depth) {
    if (type instanceof TypeRef.PrimitiveRef primitive) {
      return primitive(primitive, hint);
    }
    if (type instanceof TypeRef.Nullable nullable) {
      return value(nullable.inner(), hint, depth);
    }
    if (type instanceof TypeRef.ListOf list) {
      return "[" + value(list.items(), hint, depth + 1) + "]";
    }
    if (type instanceof TypeRef.MapOf map) {
      return "{\"key\": " + value(map.values(), hint, depth + 1) + "}";
    }
    if (type instanceof TypeRef.Literal literal) {
      return PyValues.literal(literal.value());
    }
    if (type instanceof TypeRef.Named named) {
      return named(named, hint, depth);
    }
    return "{}";
  }

  private static String primitive(TypeRef.PrimitiveRef ref, String hint) {
    return switch (ref.primitive()) {
      case BOOLEAN -> "True";
      case INTEGER, INT32, INT64 -> "1";
      case NUMBER, FLOAT, DOUBLE -> "1.5";
      case DATE -> "datetime.date(2026, 1, 2)";
      case DATE_TIME -> "datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)";
      case UUID -> "\"123e4567-e89b-12d3-a456-426614174000\"";
      case URI -> "\"https://example.com\"";
      case EMAIL -> "\"user@example.com\"";
      case BINARY -> "Path(\"file.bin\")";
      default -> PyText.literal(hint);
    };
  }

  private String named(TypeRef.Named ref, String hint, int depth) {
    TypeDecl decl = types.decl(ref.id()).orElseThrow();
    if (decl instanceof TypeDecl.EnumType enumType) {
      return enumType.values().isEmpty() ? PyText.literal(hint) : PyValues.literal(enumType.values().get(0).value());
    }
    if (decl instanceof TypeDecl.AliasType alias) {
      return value(alias.target(), hint, depth);
    }
    if (decl instanceof TypeDecl.UnionType union) {
      return union.variants().isEmpty() ? "{}" : value(union.variants().get(0).type(), hint, depth);
    }
    TypeDecl.ObjectType object = (TypeDecl.ObjectType) decl;
    List<String> arguments = new ArrayList<>();
    List<String> names = ModelsBuilder.fieldNames(object);
    for (int i = 0; i < names.size() && depth < MAX_DEPTH; i++) {
      Property property = object.properties().get(i);
      if (property.required() && !(property.type() instanceof TypeRef.Literal)) {
        arguments.add(names.get(i) + "=" + value(property.type(), names.get(i), depth + 1));
      }
    }
    return types.name(ref.id()) + "(" + String.join(", ", arguments) + ")";
  }
}
