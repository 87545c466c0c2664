package dev.switchboard.core.ir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A named type declaration, referred to elsewhere by {@link #id()}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = TypeDecl.ObjectType.class, name = "object"),
  @JsonSubTypes.Type(value = TypeDecl.EnumType.class, name = "enum"),
  @JsonSubTypes.Type(value = TypeDecl.UnionType.class, name = "union"),
  @JsonSubTypes.Type(value = TypeDecl.AliasType.class, name = "alias")
})
public sealed interface TypeDecl {
  String id();

  Name name();

  Docs docs();

  /** JSON pointer of the schema this declaration came from. */
  String source();

  <R> R accept(Visitor<R> visitor);

  interface Visitor<R> {
    R object(ObjectType type);

    R enumeration(EnumType type);

    R union(UnionType type);

    R alias(AliasType type);
  }

  /**
   * An object with known properties. {@code allOf} members are flattened into it: their properties
   * are merged in order (a later member wins), {@code required} is the union, and the referenced
   * members are listed in {@link #parents()}.
   */
  record ObjectType(
      String id,
      Name name,
      Docs docs,
      List<Property> properties,
      Optional<TypeRef> additionalProperties,
      List<String> parents,
      Map<String, JsonNode> extensions,
      String source)
      implements TypeDecl {
    public ObjectType {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(name, "name == null");
      properties = List.copyOf(properties);
      parents = List.copyOf(parents);
      extensions = Extensions.sorted(extensions);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.object(this);
    }

    public Optional<Property> property(String wireName) {
      return properties.stream().filter(p -> p.name().wire().equals(wireName)).findFirst();
    }
  }

  /** An enumeration. Enums are always open: SDKs must accept values not listed here. */
  record EnumType(
      String id, Name name, Docs docs, EnumBase base, List<EnumValue> values, String source)
      implements TypeDecl {
    public EnumType {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(base, "base == null");
      values = List.copyOf(values);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.enumeration(this);
    }
  }

  enum EnumBase {
    STRING,
    INTEGER
  }

  /** One enum constant: a name for code and the value on the wire. */
  record EnumValue(Name name, JsonNode value, Docs docs) {
    public EnumValue {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
    }
  }

  /**
   * {@code oneOf} or {@code anyOf}. SDKs must decode variants they do not know to an unknown
   * variant instead of failing.
   */
  record UnionType(
      String id,
      Name name,
      Docs docs,
      UnionKind unionKind,
      Optional<Discriminator> discriminator,
      List<Variant> variants,
      String source)
      implements TypeDecl {
    public UnionType {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(unionKind, "unionKind == null");
      variants = List.copyOf(variants);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.union(this);
    }
  }

  enum UnionKind {
    ONE_OF,
    ANY_OF
  }

  /** The property that tells variants apart, with its wire name. */
  record Discriminator(Name property) {}

  /**
   * A union member. {@code discriminatorValues} lists the values that select it (from the mapping,
   * or the schema name when there is no mapping); empty without a discriminator.
   */
  record Variant(Name name, TypeRef type, List<String> discriminatorValues) {
    public Variant {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(type, "type == null");
      discriminatorValues = List.copyOf(discriminatorValues);
    }
  }

  /** A named schema that is not an object, enum or union, e.g. a named string or array. */
  record AliasType(String id, Name name, Docs docs, TypeRef target, String source)
      implements TypeDecl {
    public AliasType {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(target, "target == null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.alias(this);
    }
  }
}
