package dev.switchboard.core.lower;

import static dev.switchboard.core.lower.Schemas.componentName;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Declares {@code oneOf}/{@code anyOf} unions. A {@code null} member makes the reference nullable;
 * a union left with one member is that member.
 */
final class UnionLowerer {
  private final SchemaLowerer schemas;
  private final TypeRegistry registry;
  private final Diagnostics diagnostics;

  UnionLowerer(SchemaLowerer schemas, TypeRegistry registry, Diagnostics diagnostics) {
    this.schemas = schemas;
    this.registry = registry;
    this.diagnostics = diagnostics;
  }

  TypeRef lower(Schema<?> schema, Name name, String pointer, Optional<String> fixedId) {
    boolean oneOf = Schemas.notEmpty(schema.getOneOf());
    List<Schema> all = oneOf ? schema.getOneOf() : schema.getAnyOf();
    String keyword = oneOf ? "oneOf" : "anyOf";
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!Schemas.isNullOnly(all.get(i))) {
        members.add(i);
      }
    }
    boolean nullable = members.size() < all.size();
    if (members.isEmpty()) {
      return new TypeRef.Any();
    }
    if (members.size() == 1) {
      TypeRef only = schemas.lower(all.get(members.get(0)), name, pointer + "/" + keyword + "/" + members.get(0));
      return nullable ? only.nullable() : only;
    }
    String id = fixedId.orElseGet(() -> registry.reserveInline(name));
    List<TypeDecl.Variant> variants = variants(schema, all, members, registry.name(id), pointer + "/" + keyword);
    Optional<TypeDecl.Discriminator> discriminator = Optional.ofNullable(schema.getDiscriminator())
        .map(d -> new TypeDecl.Discriminator(Name.of(d.getPropertyName())));
    registry.define(new TypeDecl.UnionType(id, registry.name(id), SchemaLowerer.docs(schema),
        oneOf ? TypeDecl.UnionKind.ONE_OF : TypeDecl.UnionKind.ANY_OF, discriminator, variants, pointer));
    TypeRef ref = TypeRef.named(id);
    return nullable ? ref.nullable() : ref;
  }

  private List<TypeDecl.Variant> variants(Schema<?> union, List<Schema> all, List<Integer> members, Name owner, String pointer) {
    UniqueNames names = new UniqueNames();
    List<TypeDecl.Variant> variants = new ArrayList<>();
    for (int index : members) {
      Schema<?> member = all.get(index);
      Name wanted = variantName(member, owner, index);
      Name name = names.claim(wanted);
      TypeRef type = schemas.lower(member, SchemaLowerer.child(owner, "option " + (index + 1)), pointer + "/" + index);
      variants.add(new TypeDecl.Variant(name, type, discriminatorValues(union.getDiscriminator(), member)));
    }
    return variants;
  }

  private Name variantName(Schema<?> member, Name owner, int index) {
    String schemaName = componentName(member.get$ref());
    if (schemaName != null) {
      return Name.of(schemaName);
    }
    if (member.getTitle() != null && !member.getTitle().isBlank()) {
      return Name.of(member.getTitle());
    }
    java.util.Set<String> types = Schemas.types(member);
    if (types.size() == 1 && !types.contains("object")) {
      String type = types.iterator().next();
      return type.equals("array") ? Name.of("list") : Name.of(SchemaLowerer.primitive(type, member).name());
    }
    return Name.of("option " + (index + 1));
  }

  private List<String> discriminatorValues(Discriminator discriminator, Schema<?> member) {
    String schemaName = componentName(member.get$ref());
    if (discriminator == null || schemaName == null) {
      return List.of();
    }
    Map<String, String> mapping = discriminator.getMapping();
    if (mapping == null || mapping.isEmpty()) {
      return List.of(schemaName);
    }
    List<String> values = new ArrayList<>();
    mapping.forEach((value, target) -> {
      if (target.equals(member.get$ref()) || target.equals(schemaName)) {
        values.add(value);
      }
    });
    if (values.isEmpty()) {
      diagnostics.warning("discriminator-mapping", "", "discriminator mapping has no value for '" + schemaName + "'; its schema name is used", null);
      values.add(schemaName);
    }
    return values;
  }
}
