package dev.switchboard.core.lower;

import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.ir.Name;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a reference into a component schema, such as
 * {@code #/components/schemas/Gateway/properties/state}: to the type already lowered there when it
 * is known, so both places share one declaration; otherwise by lowering the schema it points at
 * (for instance while the component is still being declared, in a cycle).
 */
final class DeepReference {
  private final SchemaLowerer schemas;
  private final TypeRegistry registry;

  DeepReference(SchemaLowerer schemas, TypeRegistry registry) {
    this.schemas = schemas;
    this.registry = registry;
  }

  Optional<TypeRef> resolve(String ref) {
    if (!ref.startsWith(Schemas.COMPONENT_PREFIX)) {
      return raw(ref);
    }
    List<String> tokens = Arrays.stream(ref.substring(Schemas.COMPONENT_PREFIX.length()).split("/"))
        .map(t -> t.replace("~1", "/").replace("~0", "~")).toList();
    if (schemas.component(tokens.get(0)) == null) {
      return raw(ref);
    }
    Optional<TypeRef> current = Optional.of(TypeRef.named(schemas.declareComponent(tokens.get(0))));
    for (int i = 1; i < tokens.size() && current.isPresent(); i++) {
      String token = tokens.get(i);
      if (token.equals("properties") && i + 1 < tokens.size()) {
        current = property(current.get(), tokens.get(++i));
      } else {
        current = step(current.get(), token);
      }
    }
    return current.isPresent() ? current : lowerTarget(ref, tokens);
  }

  private Optional<TypeRef> lowerTarget(String ref, List<String> tokens) {
    Schema<?> target = schemas.component(tokens.get(0));
    List<String> words = new ArrayList<>(Name.of(tokens.get(0)).words());
    for (int i = 1; i < tokens.size() && target != null; i++) {
      String token = tokens.get(i);
      if (token.equals("properties") && i + 1 < tokens.size()) {
        String property = tokens.get(++i);
        target = target.getProperties() == null ? null : target.getProperties().get(property);
        words.addAll(Name.of(property).words());
      } else if (token.equals("items") || token.equals("additionalProperties")) {
        target = child(target, token, "");
      } else {
        target = child(target, token, i + 1 < tokens.size() ? tokens.get(++i) : "");
      }
    }
    Schema<?> found = target;
    return found == null ? raw(ref) : Optional.of(schemas.lower(found, new Name(words, ref), ref.substring(1)));
  }

  /** Any other local pointer: the schema is read from the document itself. */
  private Optional<TypeRef> raw(String ref) {
    return schemas.rawSchema(ref).map(s -> schemas.lower(s, nameFromPointer(ref), ref.substring(1)));
  }

  private static final java.util.Set<String> STRUCTURE = java.util.Set.of(
      "paths", "components", "schemas", "properties", "items", "content", "schema", "responses", "parameters",
      "requestBody", "get", "put", "post", "delete", "patch", "head", "options", "trace", "definitions", "$defs",
      "additionalProperties", "allOf", "oneOf", "anyOf");

  /** The last meaningful tokens of the pointer: {@code .../properties/time} gives "... time". */
  static Name nameFromPointer(String ref) {
    List<String> words = new ArrayList<>();
    for (String token : ref.substring(1).split("/")) {
      String decoded = token.replace("~1", "/").replace("~0", "~");
      if (!decoded.isEmpty() && !STRUCTURE.contains(decoded) && !decoded.contains("/") && !decoded.matches("\\d+")) {
        words.addAll(Name.of(decoded).words());
      }
    }
    List<String> last = words.isEmpty() ? List.of("schema") : words.subList(Math.max(0, words.size() - 4), words.size());
    return new Name(last, ref);
  }

  private static Schema<?> child(Schema<?> schema, String token, String index) {
    if (token.equals("items")) {
      return schema.getItems();
    }
    if (token.equals("additionalProperties")) {
      return schema.getAdditionalProperties() instanceof Schema<?> values ? values : null;
    }
    List<Schema> members = token.equals("allOf") ? schema.getAllOf() : token.equals("oneOf") ? schema.getOneOf()
        : token.equals("anyOf") ? schema.getAnyOf() : null;
    if (members == null || !index.matches("\\d+") || Integer.parseInt(index) >= members.size()) {
      return null;
    }
    return members.get(Integer.parseInt(index));
  }

  private Optional<TypeRef> property(TypeRef owner, String wire) {
    return declaration(owner)
        .filter(TypeDecl.ObjectType.class::isInstance)
        .flatMap(d -> ((TypeDecl.ObjectType) d).property(wire))
        .map(p -> p.type());
  }

  private Optional<TypeRef> step(TypeRef current, String token) {
    TypeRef type = unalias(current.nonNull());
    if (token.equals("items") && type instanceof TypeRef.ListOf list) {
      return Optional.of(list.items());
    }
    if (token.equals("additionalProperties") && type instanceof TypeRef.MapOf map) {
      return Optional.of(map.values());
    }
    return Optional.empty();
  }

  private TypeRef unalias(TypeRef type) {
    Optional<TypeDecl> declaration = declaration(type);
    return declaration.isPresent() && declaration.get() instanceof TypeDecl.AliasType alias ? alias.target().nonNull() : type;
  }

  private Optional<TypeDecl> declaration(TypeRef type) {
    return type.nonNull() instanceof TypeRef.Named named ? registry.get(named.id()) : Optional.empty();
  }
}
