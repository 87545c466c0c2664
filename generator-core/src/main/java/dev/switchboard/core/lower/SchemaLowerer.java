package dev.switchboard.core.lower;

import static dev.switchboard.core.lower.Schemas.componentName;
import static dev.switchboard.core.lower.Schemas.notEmpty;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.spec.JsonPointers;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns schemas into type references, declaring named types for component schemas and for inline
 * objects, enums and unions (named after where they appear).
 */
final class SchemaLowerer {
  private static final TypeRef ANY = new TypeRef.Any();

  private final Map<String, Schema> components;
  private final TypeRegistry registry;
  private final Diagnostics diagnostics;
  private final Set<String> inProgress = new HashSet<>();
  private final Map<String, TypeRef> deepReferences = new HashMap<>();
  private final Supplier<JsonNode> rawTree;
  private final ObjectLowerer objects;
  private final UnionLowerer unions;

  SchemaLowerer(Map<String, Schema> components, Supplier<JsonNode> rawTree,
      TypeRegistry registry, Diagnostics diagnostics) {
    this.components = components == null ? Map.of() : components;
    this.rawTree = rawTree;
    this.registry = registry;
    this.diagnostics = diagnostics;
    this.objects = new ObjectLowerer(this, registry, diagnostics);
    this.unions = new UnionLowerer(this, registry, diagnostics);
  }

  /** Where lowering reports what it finds wrong, for the lowerers that share this one. */
  Diagnostics diagnostics() {
    return diagnostics;
  }

  /** Reserves ids for every component schema, in spec order; dotted names are shortened first. */
  void reserveComponents() {
    Map<String, String> wanted = DottedNames.of(components.keySet());
    components.keySet().forEach(name -> registry.reserveComponent(name, wanted.get(name), pointerOf(name)));
  }

  /** Declares every component schema. */
  void declareComponents() {
    components.keySet().forEach(this::declareComponent);
  }

  static String pointerOf(String schemaName) {
    return JsonPointers.child("/components/schemas", schemaName);
  }

  /** Declares one component schema if not yet done, and returns its id. */
  String declareComponent(String schemaName) {
    String id = registry.componentId(schemaName).orElseThrow();
    if (registry.isDefined(id) || !inProgress.add(id)) {
      return id;
    }
    Schema<?> schema = components.get(schemaName);
    String pointer = pointerOf(schemaName);
    TypeRef shape = shape(schema, registry.name(id), pointer, Optional.of(id));
    if (!(shape instanceof TypeRef.Named named && named.id().equals(id))) {
      registry.define(new TypeDecl.AliasType(id, registry.name(id), docs(schema), shape, pointer));
    }
    inProgress.remove(id);
    return id;
  }

  /** The schema at a local JSON pointer, read from the document itself. */
  Optional<Schema<?>> rawSchema(String ref) {
    if (!ref.startsWith("#/")) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = rawTree.get().at(JsonPointers.fromFragment(ref));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    return Optional.ofNullable(new OpenAPIDeserializer().getSchema(node, ref, new OpenAPIDeserializer.ParseResult()));
  }

  Schema<?> component(String schemaName) {
    return components.get(schemaName);
  }

  /** Lowers a schema used at {@code pointer}; inline types are named {@code context}. */
  TypeRef lower(Schema<?> schema, Name context, String pointer) {
    if (schema == null) {
      return ANY;
    }
    TypeRef base = schema.get$ref() != null ? reference(schema.get$ref(), pointer) : shape(schema, context, pointer, Optional.empty());
    return Schemas.isNullable(schema) && !(base instanceof TypeRef.Any) ? base.nullable() : base;
  }

  TypeRef reference(String ref, String pointer) {
    String schemaName = componentName(ref);
    if (schemaName == null || !components.containsKey(schemaName)) {
      return deepReference(ref, pointer);
    }
    String id = declareComponent(schemaName);
    Schema<?> target = components.get(schemaName);
    return Schemas.isNullable(target) ? TypeRef.named(id).nullable() : TypeRef.named(id);
  }

  private TypeRef deepReference(String ref, String pointer) {
    TypeRef known = deepReferences.get(ref);
    if (known != null) {
      return known;
    }
    deepReferences.put(ref, ANY);
    TypeRef resolved = new DeepReference(this, registry).resolve(ref).orElseGet(() -> {
      diagnostics.warning("unresolved-ref", pointer, "$ref '" + ref + "' could not be resolved; typed as any value",
          "point the reference at a schema under #/components/schemas");
      return ANY;
    });
    deepReferences.put(ref, resolved);
    return resolved;
  }

  /** The type a schema describes, ignoring its own nullability. */
  TypeRef shape(Schema<?> schema, Name name, String pointer, Optional<String> id) {
    if (schema.getConst() != null) {
      return new TypeRef.Literal(Values.tree(schema.getConst()));
    }
    if (notEmpty(schema.getOneOf()) || notEmpty(schema.getAnyOf())) {
      return unions.lower(schema, name, pointer, id);
    }
    if (notEmpty(schema.getAllOf())) {
      return objects.allOf(schema, name, pointer, id);
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return enumeration(schema, name, pointer, id);
    }
    return structural(schema, name, pointer, id);
  }

  private TypeRef structural(Schema<?> schema, Name name, String pointer, Optional<String> id) {
    Set<String> types = Schemas.types(schema);
    if (types.size() > 1) {
      return ANY;
    }
    String type = types.isEmpty() ? inferType(schema) : types.iterator().next();
    switch (type) {
      case "array":
        TypeRef items = lower(schema.getItems(), child(name, "item"), pointer + "/items");
        return new TypeRef.ListOf(items, Boolean.TRUE.equals(schema.getUniqueItems()));
      case "object":
        return objects.object(schema, name, pointer, id);
      case "any":
        return ANY;
      default:
        return TypeRef.primitive(primitive(type, schema));
    }
  }

  private static String inferType(Schema<?> schema) {
    if (Schemas.hasProperties(schema) || schema.getAdditionalProperties() != null) {
      return "object";
    }
    return schema.getItems() != null ? "array" : "any";
  }

  static Primitive primitive(String type, Schema<?> schema) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    switch (type) {
      case "integer":
        return format.equals("int32") ? Primitive.INT32 : format.equals("int64") ? Primitive.INT64 : Primitive.INTEGER;
      case "number":
        return format.equals("float") ? Primitive.FLOAT : format.equals("double") ? Primitive.DOUBLE : Primitive.NUMBER;
      case "boolean":
        return Primitive.BOOLEAN;
      default:
        return stringPrimitive(format, schema);
    }
  }

  private static Primitive stringPrimitive(String format, Schema<?> schema) {
    if (schema.getContentMediaType() != null || format.equals("binary")) {
      return Primitive.BINARY;
    }
    if ("base64".equals(schema.getContentEncoding())) {
      return Primitive.BASE64;
    }
    switch (format) {
      case "date": return Primitive.DATE;
      case "date-time": return Primitive.DATE_TIME;
      case "date-time-rfc-2822": return Primitive.DATE_TIME_RFC_2822;
      case "uuid": return Primitive.UUID;
      case "uri": case "url": return Primitive.URI;
      case "email": return Primitive.EMAIL;
      case "byte": return Primitive.BASE64;
      default: return Primitive.STRING;
    }
  }

  private TypeRef enumeration(Schema<?> schema, Name name, String pointer, Optional<String> id) {
    Set<String> types = Schemas.types(schema);
    String type = types.isEmpty() ? guessEnumType(schema.getEnum()) : types.iterator().next();
    if (!type.equals("string") && !type.equals("integer")) {
      return structural(schema, name, pointer, id);
    }
    return new EnumLowerer(registry, diagnostics).lower(schema, type, name, pointer, id, docs(schema));
  }

  private static String guessEnumType(List<?> values) {
    return values.stream().allMatch(v -> v == null || v instanceof Number) ? "integer" : "string";
  }

  static Name child(Name parent, String wire) {
    List<String> words = new ArrayList<>(parent.words());
    words.addAll(Name.of(wire).words());
    return new Name(words, parent.wire());
  }

  static Docs docs(Schema<?> schema) {
    Object example = schema.getExample() != null ? schema.getExample() : firstExample(schema);
    return Docs.of(null, schema.getDescription(), Boolean.TRUE.equals(schema.getDeprecated()), Values.tree(example));
  }

  private static Object firstExample(Schema<?> schema) {
    return schema.getExamples() == null || schema.getExamples().isEmpty() ? null : schema.getExamples().get(0);
  }
}
