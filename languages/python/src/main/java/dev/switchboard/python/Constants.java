package dev.switchboard.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Properties with fixed values: {@code const} properties, and the discriminator property of a
 * union variant (whose value the mapping decides). Models type them as {@code Literal} and, with a
 * single value, default and always send them, so {@code Dog(...)} needs no {@code pet_type}.
 */
final class Constants {
  /** Object id to discriminator wire name to the values that select that object. */
  private final Map<String, Map<String, Set<String>>> discriminators;

  private Constants(Map<String, Map<String, Set<String>>> discriminators) {
    this.discriminators = discriminators;
  }

  static Constants of(Api api, PyTypes types) {
    Map<String, Map<String, Set<String>>> found = new HashMap<>();
    for (TypeDecl decl : api.types()) {
      if (decl instanceof TypeDecl.UnionType union && union.discriminator().isPresent()) {
        String wire = union.discriminator().get().property().wire();
        for (TypeDecl.Variant variant : union.variants()) {
          if (variant.type() instanceof TypeRef.Named named && !variant.discriminatorValues().isEmpty()
              && types.decl(named.id()).filter(TypeDecl.ObjectType.class::isInstance).isPresent()) {
            found.computeIfAbsent(named.id(), id -> new HashMap<>())
                .computeIfAbsent(wire, w -> new LinkedHashSet<>()).addAll(variant.discriminatorValues());
          }
        }
      }
    }
    return new Constants(found);
  }

  /** The Python literals a property is fixed to, if it is a constant. */
  Optional<List<String>> values(TypeDecl.ObjectType object, Property property) {
    if (property.type() instanceof TypeRef.Literal literal) {
      return literal(literal.value()).map(List::of);
    }
    Set<String> values = discriminators.getOrDefault(object.id(), Map.of()).get(property.name().wire());
    if (values == null || !isString(property.type())) {
      return Optional.empty();
    }
    List<String> literals = new ArrayList<>();
    values.forEach(v -> literals.add(PyText.literal(v)));
    return Optional.of(literals);
  }

  private static boolean isString(TypeRef type) {
    return type instanceof TypeRef.PrimitiveRef primitive
        && primitive.primitive() == dev.switchboard.core.ir.Primitive.STRING;
  }

  private static Optional<String> literal(JsonNode value) {
    if (value.isTextual()) {
      return Optional.of(PyText.literal(value.asText()));
    }
    if (value.isBoolean()) {
      return Optional.of(value.asBoolean() ? "True" : "False");
    }
    return value.isIntegralNumber() ? Optional.of(value.asText()) : Optional.empty();
  }
}
