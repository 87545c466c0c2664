package dev.switchboard.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Python expressions for example arguments in the README, from spec examples or the type, laid
 * out for the column they start at (the README's code blocks are formatted like the code).
 */
final class ExampleValues {
  private static final int MAX_DEPTH = 2;

  private final PyTypes types;

  ExampleValues(PyTypes types) {
    this.types = types;
  }

  /** {@code prefix} followed by an example value, as an item of a call at {@code indent}. */
  String of(TypeRef type, Optional<JsonNode> example, String hint, int indent, String prefix) {
    if (example.isPresent() && example.get().isValueNode()) {
      return prefix + PyValues.literal(example.get());
    }
    return value(type, hint, 0, indent, prefix);
  }

  private String value(TypeRef type, String hint, int depth, int indent, String prefix) {
    if (type instanceof TypeRef.Nullable nullable) {
      return value(nullable.inner(), hint, depth, indent, prefix);
    }
    if (type instanceof TypeRef.ListOf list) {
      return PyCode.wrap(indent, prefix + "[", List.of(value(list.items(), hint, depth + 1, indent + 4, "")), "]", 1);
    }
    if (type instanceof TypeRef.MapOf map) {
      String entry = value(map.values(), hint, depth + 1, indent + 4, "\"key\": ");
      return PyCode.wrap(indent, prefix + "{", List.of(entry), "}", 1);
    }
    if (type instanceof TypeRef.Named named) {
      return named(named, hint, depth, indent, prefix);
    }
    return prefix + scalar(type, hint);
  }

  private static String scalar(TypeRef type, String hint) {
    if (type instanceof TypeRef.Literal literal) {
      return PyValues.literal(literal.value());
    }
    if (!(type instanceof TypeRef.PrimitiveRef primitive)) {
      return "{}";
    }
    return switch (primitive.primitive()) {
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

  private String named(TypeRef.Named ref, String hint, int depth, int indent, String prefix) {
    TypeDecl decl = types.decl(ref.id()).orElseThrow();
    if (decl instanceof TypeDecl.EnumType enumType) {
      return prefix + (enumType.values().isEmpty() ? PyText.literal(hint) : PyValues.literal(enumType.values().get(0).value()));
    }
    if (decl instanceof TypeDecl.AliasType alias) {
      return value(alias.target(), hint, depth, indent, prefix);
    }
    if (decl instanceof TypeDecl.UnionType union) {
      return union.variants().isEmpty() ? prefix + "{}" : value(union.variants().get(0).type(), hint, depth, indent, prefix);
    }
    TypeDecl.ObjectType object = (TypeDecl.ObjectType) decl;
    List<String> arguments = new ArrayList<>();
    List<String> names = ModelsBuilder.fieldNames(object);
    for (int i = 0; i < names.size() && depth < MAX_DEPTH; i++) {
      Property property = object.properties().get(i);
      if (property.required() && !(property.type() instanceof TypeRef.Literal)) {
        arguments.add(value(property.type(), names.get(i), depth + 1, indent + 4, names.get(i) + "="));
      }
    }
    return PyCode.wrap(indent, prefix + types.name(ref.id()) + "(", arguments, ")", 1);
  }
}
