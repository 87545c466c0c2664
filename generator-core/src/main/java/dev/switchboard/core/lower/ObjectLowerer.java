package dev.switchboard.core.lower;

import static dev.switchboard.core.lower.Schemas.componentName;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Constraints;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.spec.JsonPointers;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Declares object types, flattening {@code allOf} (see docs/ir.md). */
final class ObjectLowerer {
  private static final TypeRef ANY = new TypeRef.Any();

  private final SchemaLowerer schemas;
  private final TypeRegistry registry;
  private final Diagnostics diagnostics;
  /** Ids of the allOf types being merged right now, to find a type that extends itself. */
  private final Set<String> building = new HashSet<>();

  ObjectLowerer(SchemaLowerer schemas, TypeRegistry registry, Diagnostics diagnostics) {
    this.schemas = schemas;
    this.registry = registry;
    this.diagnostics = diagnostics;
  }

  /** An object: a declared type when it has properties, otherwise a map. */
  TypeRef object(Schema<?> schema, Name name, String pointer, Optional<String> fixedId) {
    Optional<TypeRef> additional = additional(schema, name, pointer);
    if (!Schemas.hasProperties(schema)) {
      return new TypeRef.MapOf(additional.orElse(ANY));
    }
    String id = fixedId.orElseGet(() -> registry.reserveInline(name));
    Members members = new Members(pointer);
    members.addOwn(schema, registry.name(id), pointer);
    define(id, schema, members, additional, pointer);
    return TypeRef.named(id);
  }

  /**
   * {@code allOf}: with one substantive member it is that member; otherwise object members are
   * merged into one object type.
   */
  TypeRef allOf(Schema<?> schema, Name name, String pointer, Optional<String> fixedId) {
    List<Schema> substantive = schema.getAllOf().stream().filter(Schemas::isSubstantive).toList();
    if (substantive.size() == 1 && !Schemas.hasProperties(schema)) {
      int index = schema.getAllOf().indexOf(substantive.get(0));
      return schemas.lower(substantive.get(0), name, pointer + "/allOf/" + index);
    }
    String id = fixedId.orElseGet(() -> registry.reserveInline(name));
    Members members = new Members(pointer);
    building.add(id);
    try {
      for (int i = 0; i < schema.getAllOf().size(); i++) {
        members.addMember(schema.getAllOf().get(i), registry.name(id), pointer + "/allOf/" + i);
      }
    } finally {
      building.remove(id);
    }
    members.addOwn(schema, registry.name(id), pointer);
    define(id, schema, members, additional(schema, name, pointer), pointer);
    return TypeRef.named(id);
  }

  private void define(String id, Schema<?> schema, Members members, Optional<TypeRef> additional, String pointer) {
    registry.define(new TypeDecl.ObjectType(
        id, registry.name(id), SchemaLowerer.docs(schema), members.properties(), additional,
        members.parents, Values.extensions(schema.getExtensions()), pointer));
  }

  private Optional<TypeRef> additional(Schema<?> schema, Name name, String pointer) {
    Object additional = schema.getAdditionalProperties();
    if (additional instanceof Schema<?> valueSchema) {
      return Optional.of(outsideAllOfChain(() -> schemas.lower(valueSchema, SchemaLowerer.child(name, "value"), pointer + "/additionalProperties")));
    }
    return Boolean.TRUE.equals(additional) ? Optional.of(ANY) : Optional.empty();
  }

  /** Properties collected from an object and its allOf members, in order. */
  private final class Members {
    final Map<String, Property> byWire = new LinkedHashMap<>();
    final Set<String> required = new HashSet<>();
    final List<String> parents = new ArrayList<>();
    final String pointer;

    Members(String pointer) {
      this.pointer = pointer;
    }

    void addMember(Schema<?> member, Name owner, String memberPointer) {
      String schemaName = componentName(member.get$ref());
      if (schemaName != null && schemas.component(schemaName) != null) {
        addParent(schemaName, memberPointer);
      } else if (Schemas.isComposed(member) && Schemas.notEmpty(member.getAllOf())) {
        for (int i = 0; i < member.getAllOf().size(); i++) {
          addMember(member.getAllOf().get(i), owner, memberPointer + "/allOf/" + i);
        }
        addOwn(member, owner, memberPointer);
      } else if (Schemas.isComposed(member)) {
        diagnostics.warning("allof-union", memberPointer, "a oneOf/anyOf inside allOf is not merged; its properties are ignored", "move the union out of allOf");
      } else {
        addOwn(member, owner, memberPointer);
      }
    }

    private void addParent(String schemaName, String memberPointer) {
      String parentId = schemas.declareComponent(schemaName);
      Optional<TypeDecl> parent = registry.get(parentId);
      if (building.contains(parentId)) {
        diagnostics.error("allof-cycle", memberPointer + "/$ref",
            "allOf member '" + schemaName + "' includes, directly or through other allOf members, the schema being defined",
            "break the cycle: a schema cannot extend itself");
      } else if (parent.isPresent() && parent.get() instanceof TypeDecl.ObjectType object) {
        parents.add(parentId);
        object.properties().forEach(p -> byWire.put(p.name().wire(), p));
        object.properties().stream().filter(Property::required).forEach(p -> required.add(p.name().wire()));
      } else if (parent.isPresent() && parent.get() instanceof TypeDecl.AliasType alias
          && alias.target() instanceof TypeRef.MapOf) {
        parents.add(parentId);
      } else {
        diagnostics.warning("allof-non-object", memberPointer,
            "allOf member '" + schemaName + "' is not an object with properties; it is not merged", null);
      }
    }

    void addOwn(Schema<?> schema, Name owner, String ownPointer) {
      if (schema.getRequired() != null) {
        required.addAll(schema.getRequired());
      }
      if (schema.getProperties() == null) {
        return;
      }
      schema.getProperties().forEach((wire, propertySchema) -> byWire.put(wire,
          property(wire, propertySchema, owner, JsonPointers.child(ownPointer + "/properties", wire))));
    }

    List<Property> properties() {
      UniqueNames names = new UniqueNames();
      List<Property> result = new ArrayList<>();
      for (Property property : byWire.values()) {
        Name name = names.claim(property.name());
        if (!name.equals(property.name())) {
          diagnostics.warning("name-collision", pointer, "property '" + property.name().wire()
              + "' collides with another after case conversion; its code name gets a suffix", null);
        }
        result.add(withName(property, name, required.contains(property.name().wire())));
      }
      return result;
    }
  }

  /**
   * Lowers a property's type as a chain of its own: only allOf members that lead back to a schema
   * still being defined through allOf alone make a cycle; a property that refers back is a
   * recursive type, not a cycle.
   */
  private TypeRef outsideAllOfChain(java.util.function.Supplier<TypeRef> lowering) {
    Set<String> outer = new HashSet<>(building);
    building.clear();
    try {
      return lowering.get();
    } finally {
      building.clear();
      building.addAll(outer);
    }
  }

  private static Property withName(Property p, Name name, boolean required) {
    return new Property(name, p.type(), required, p.readOnly(), p.writeOnly(), p.docs(), p.defaultValue(), p.constraints(), p.extensions(),
        p.sensitive());
  }

  private Property property(String wire, Schema<?> schema, Name owner, String pointer) {
    NameChecks.checkLength("property", wire, pointer, diagnostics);
    Name name = Name.of(wire);
    TypeRef type = outsideAllOfChain(() -> schemas.lower(schema, SchemaLowerer.child(owner, wire), pointer));
    Docs docs = SchemaLowerer.docs(schema);
    var extensions = Values.extensions(schema.getExtensions());
    return new Property(name, type, false,
        Boolean.TRUE.equals(schema.getReadOnly()), Boolean.TRUE.equals(schema.getWriteOnly()),
        docs, Optional.ofNullable(Values.tree(schema.getDefault())), constraints(schema),
        extensions, PersonalData.marked(extensions, pointer, diagnostics));
  }

  static Constraints constraints(Schema<?> schema) {
    return new Constraints(
        Optional.ofNullable(schema.getMinimum()), Optional.ofNullable(schema.getMaximum()),
        Optional.ofNullable(schema.getMinLength()), Optional.ofNullable(schema.getMaxLength()),
        Optional.ofNullable(schema.getPattern()), Optional.ofNullable(schema.getMinItems()),
        Optional.ofNullable(schema.getMaxItems()));
  }

}
