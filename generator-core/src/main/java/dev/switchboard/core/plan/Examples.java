package dev.switchboard.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plan.ExampleValue.Field;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Example values for a type. The spec's example comes first when it fits the type; otherwise a
 * value is made up: every required property filled, a discriminated union's first tagged variant
 * with its tag set, and a type already being filled (a cycle) or nested too deep written as null
 * when nullable, an empty list inside a list, or an object with no fields.
 */
final class Examples {
  private static final int MAX_DEPTH = 8;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Map<String, TypeDecl> types;

  Examples(Map<String, TypeDecl> types) {
    this.types = Objects.requireNonNull(types, "types == null");
  }

  /** An example for {@code type}; {@code hint} (a wire name) fills plain strings. */
  ExampleValue of(TypeRef type, Optional<JsonNode> specExample, String hint) {
    return specExample.flatMap(example -> fromJson(type, example, 0))
        .orElseGet(() -> made(type, hint, new HashSet<>(), 0));
  }

  private Optional<ExampleValue> fromJson(TypeRef type, JsonNode node, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (type instanceof TypeRef.Nullable nullable) {
      return node.isNull() ? Optional.of(new ExampleValue.Null()) : fromJson(nullable.inner(), node, depth);
    }
    if (type instanceof TypeRef.PrimitiveRef primitive) {
      return fits(primitive.primitive(), node) ? Optional.of(new ExampleValue.Scalar(primitive.primitive(), node))
          : Optional.empty();
    }
    if (type instanceof TypeRef.Literal literal) {
      return Optional.of(new ExampleValue.Json(literal.value()));
    }
    if (type instanceof TypeRef.Any) {
      return Optional.of(new ExampleValue.Json(node));
    }
    if (type instanceof TypeRef.ListOf list) {
      return node.isArray() ? listFromJson(list.items(), node, depth) : Optional.empty();
    }
    if (type instanceof TypeRef.MapOf map) {
      return node.isObject() ? mapFromJson(map.values(), node, depth) : Optional.empty();
    }
    return namedFromJson(types.get(((TypeRef.Named) type).id()), node, depth);
  }

  private static boolean fits(Primitive primitive, JsonNode node) {
    return switch (primitive) {
      case BOOLEAN -> node.isBoolean();
      case INTEGER, INT32, INT64 -> node.isIntegralNumber();
      case NUMBER, FLOAT, DOUBLE -> node.isNumber();
      case DATE -> node.isTextual() && parses(() -> LocalDate.parse(node.asText()));
      case DATE_TIME, DATE_TIME_RFC_2822 -> node.isTextual() && parses(() -> primitive.dateTimeFormat().orElseThrow().parse(node.asText()));
      default -> node.isTextual();
    };
  }

  /** Dates are kept only when every language can spell them as date values. */
  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private Optional<ExampleValue> listFromJson(TypeRef items, JsonNode node, int depth) {
    List<ExampleValue> values = new ArrayList<>();
    for (JsonNode item : node) {
      Optional<ExampleValue> value = fromJson(items, item, depth + 1);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      values.add(value.get());
    }
    return Optional.of(new ExampleValue.ListValue(values));
  }

  private Optional<ExampleValue> mapFromJson(TypeRef values, JsonNode node, int depth) {
    List<Field> entries = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      Optional<ExampleValue> value = fromJson(values, entry.getValue(), depth + 1);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      entries.add(new Field(entry.getKey(), value.get()));
    }
    return Optional.of(new ExampleValue.MapValue(entries));
  }

  private Optional<ExampleValue> namedFromJson(TypeDecl decl, JsonNode node, int depth) {
    if (decl instanceof TypeDecl.EnumType enumType) {
      return enumType.values().stream().anyMatch(v -> v.value().equals(node))
          ? Optional.of(new ExampleValue.EnumConstant(enumType.id(), node)) : Optional.empty();
    }
    if (decl instanceof TypeDecl.AliasType alias) {
      return fromJson(alias.target(), node, depth + 1);
    }
    if (decl instanceof TypeDecl.UnionType union) {
      return union.variants().stream().map(v -> fromJson(v.type(), node, depth + 1))
          .flatMap(Optional::stream).findFirst().map(v -> inUnion(v, union));
    }
    if (!(decl instanceof TypeDecl.ObjectType object) || !node.isObject()) {
      return Optional.empty();
    }
    List<Field> fields = new ArrayList<>();
    for (Property property : object.properties()) {
      JsonNode value = node.get(property.name().wire());
      Optional<ExampleValue> field = value == null ? Optional.empty() : fromJson(property.type(), value, depth + 1);
      if (value != null && field.isEmpty()) {
        return Optional.empty();
      }
      if (field.isEmpty() && property.required()) {
        field = Optional.of(made(property.type(), property.name().wire(), new HashSet<>(Set.of(object.id())), depth + 1));
      }
      field.ifPresent(f -> fields.add(new Field(property.name().wire(), f)));
    }
    return Optional.of(new ExampleValue.ObjectValue(object.id(), Optional.empty(), fields));
  }

  private static ExampleValue inUnion(ExampleValue value, TypeDecl.UnionType union) {
    return value instanceof ExampleValue.ObjectValue object
        ? new ExampleValue.ObjectValue(object.type(), Optional.of(union.id()), object.fields()) : value;
  }

  private ExampleValue made(TypeRef type, String hint, Set<String> open, int depth) {
    if (type instanceof TypeRef.Nullable nullable) {
      return cycles(nullable.inner(), open, depth) ? new ExampleValue.Null() : made(nullable.inner(), hint, open, depth);
    }
    if (type instanceof TypeRef.PrimitiveRef primitive) {
      return scalar(primitive.primitive(), hint);
    }
    if (type instanceof TypeRef.Literal literal) {
      return new ExampleValue.Json(literal.value());
    }
    if (type instanceof TypeRef.Any) {
      return new ExampleValue.Json(JSON.objectNode());
    }
    if (type instanceof TypeRef.ListOf list) {
      return cycles(list.items(), open, depth) ? new ExampleValue.ListValue(List.of())
          : new ExampleValue.ListValue(List.of(made(list.items(), hint, open, depth + 1)));
    }
    if (type instanceof TypeRef.MapOf map) {
      return cycles(map.values(), open, depth) ? new ExampleValue.MapValue(List.of())
          : new ExampleValue.MapValue(List.of(new Field("key", made(map.values(), hint, open, depth + 1))));
    }
    return named(types.get(((TypeRef.Named) type).id()), hint, open, depth);
  }

  /** True when a value of {@code type} would fill an object already being filled, or nest too deep. */
  private boolean cycles(TypeRef type, Set<String> open, int depth) {
    if (depth > MAX_DEPTH) {
      return true;
    }
    TypeRef ref = type.nonNull();
    if (!(ref instanceof TypeRef.Named named)) {
      return false;
    }
    TypeDecl decl = types.get(named.id());
    if (decl instanceof TypeDecl.AliasType alias) {
      return cycles(alias.target(), open, depth + 1);
    }
    return decl instanceof TypeDecl.ObjectType && open.contains(named.id());
  }

  private ExampleValue named(TypeDecl decl, String hint, Set<String> open, int depth) {
    if (decl instanceof TypeDecl.EnumType enumType) {
      return enumType.values().isEmpty() ? scalar(Primitive.STRING, hint)
          : new ExampleValue.EnumConstant(enumType.id(), enumType.values().get(0).value());
    }
    if (decl instanceof TypeDecl.AliasType alias) {
      return depth > MAX_DEPTH ? new ExampleValue.Json(JSON.nullNode()) : made(alias.target(), hint, open, depth + 1);
    }
    if (decl instanceof TypeDecl.UnionType union) {
      return union(union, hint, open, depth);
    }
    TypeDecl.ObjectType object = (TypeDecl.ObjectType) decl;
    return object(object, Optional.empty(), Optional.empty(), open, depth);
  }

  private ExampleValue union(TypeDecl.UnionType union, String hint, Set<String> open, int depth) {
    if (union.variants().isEmpty()) {
      return new ExampleValue.Json(JSON.objectNode());
    }
    if (union.discriminator().isPresent()) {
      for (TypeDecl.Variant variant : union.variants()) {
        if (variant.type() instanceof TypeRef.Named named && types.get(named.id()) instanceof TypeDecl.ObjectType object
            && !variant.discriminatorValues().isEmpty() && !open.contains(object.id())) {
          Field tag = new Field(union.discriminator().get().property().wire(),
              new ExampleValue.Scalar(Primitive.STRING, JSON.textNode(variant.discriminatorValues().get(0))));
          return object(object, Optional.of(union.id()), Optional.of(tag), open, depth);
        }
      }
    }
    TypeRef first = union.variants().get(0).type();
    return cycles(first, open, depth) ? new ExampleValue.Json(JSON.objectNode()) : made(first, hint, open, depth + 1);
  }

  private ExampleValue object(TypeDecl.ObjectType object, Optional<String> union, Optional<Field> tag,
      Set<String> open, int depth) {
    if (open.contains(object.id()) || depth > MAX_DEPTH) {
      return new ExampleValue.ObjectValue(object.id(), union, List.of());
    }
    open.add(object.id());
    List<Field> fields = new ArrayList<>();
    tag.filter(t -> object.property(t.wire()).isEmpty()).ifPresent(fields::add);
    for (Property property : object.properties()) {
      String wire = property.name().wire();
      if (tag.isPresent() && tag.get().wire().equals(wire)) {
        fields.add(tag.get());
      } else if (property.required()) {
        fields.add(new Field(wire, made(property.type(), wire, open, depth + 1)));
      }
    }
    open.remove(object.id());
    return new ExampleValue.ObjectValue(object.id(), union, fields);
  }

  private static ExampleValue scalar(Primitive primitive, String hint) {
    JsonNode value = switch (primitive) {
      case BOOLEAN -> JSON.booleanNode(true);
      case INTEGER, INT32, INT64 -> JSON.numberNode(1);
      case NUMBER, FLOAT, DOUBLE -> JSON.numberNode(1.5);
      case DATE -> JSON.textNode("2026-01-02");
      case DATE_TIME -> JSON.textNode("2026-01-02T03:04:05Z");
      case DATE_TIME_RFC_2822 -> JSON.textNode("Fri, 2 Jan 2026 03:04:05 +0000");
      case UUID -> JSON.textNode("123e4567-e89b-12d3-a456-426614174000");
      case URI -> JSON.textNode("https://example.com");
      case EMAIL -> JSON.textNode("user@example.com");
      case BASE64 -> JSON.textNode("ZGF0YQ==");
      case BINARY -> JSON.textNode("file.bin");
      case STRING -> JSON.textNode(hint.isEmpty() ? "string" : hint);
    };
    return new ExampleValue.Scalar(primitive, value);
  }
}
