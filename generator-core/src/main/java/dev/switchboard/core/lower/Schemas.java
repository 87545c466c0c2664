package dev.switchboard.core.lower;

import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads swagger-parser schemas the same way for OpenAPI 3.0 and 3.1. */
final class Schemas {
  static final String COMPONENT_PREFIX = "#/components/schemas/";

  private Schemas() {}

  /** The declared types, without {@code null}. */
  static Set<String> types(Schema<?> schema) {
    Set<String> types = new LinkedHashSet<>();
    if (schema.getTypes() != null) {
      types.addAll(schema.getTypes());
    } else if (schema.getType() != null) {
      types.add(schema.getType());
    }
    types.remove("null");
    return types;
  }

  static boolean isNullable(Schema<?> schema) {
    return Boolean.TRUE.equals(schema.getNullable())
        || schema.getTypes() != null && schema.getTypes().contains("null")
        || "null".equals(schema.getType())
        || schema.getEnum() != null && schema.getEnum().contains(null);
  }

  /** A {@code {type: null}} member of a union, or a bare {@code null} written in its place. */
  static boolean isNullOnly(Schema<?> schema) {
    return schema == null || schema.get$ref() == null
        && types(schema).isEmpty()
        && ("null".equals(schema.getType()) || schema.getTypes() != null && schema.getTypes().contains("null"));
  }

  static boolean hasProperties(Schema<?> schema) {
    return schema.getProperties() != null && !schema.getProperties().isEmpty();
  }

  static boolean isComposed(Schema<?> schema) {
    return notEmpty(schema.getOneOf()) || notEmpty(schema.getAnyOf()) || notEmpty(schema.getAllOf());
  }

  static boolean notEmpty(List<?> list) {
    return list != null && !list.isEmpty();
  }

  /** Whether the schema says anything about the value's shape (rather than only documenting it). */
  static boolean isSubstantive(Schema<?> schema) {
    return schema.get$ref() != null
        || !types(schema).isEmpty()
        || hasProperties(schema)
        || isComposed(schema)
        || schema.getEnum() != null
        || schema.getItems() != null
        || schema.getAdditionalProperties() != null;
  }

  /** The schema name of a {@code #/components/schemas/X} reference, or null. */
  static String componentName(String ref) {
    return ref != null && ref.startsWith(COMPONENT_PREFIX)
        ? unescape(ref.substring(COMPONENT_PREFIX.length()))
        : null;
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
