package dev.switchboard.core.ir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** How a type is used at one place: a primitive, a reference by id, or a container. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = TypeRef.PrimitiveRef.class, name = "primitive"),
  @JsonSubTypes.Type(value = TypeRef.Named.class, name = "named"),
  @JsonSubTypes.Type(value = TypeRef.ListOf.class, name = "list"),
  @JsonSubTypes.Type(value = TypeRef.MapOf.class, name = "map"),
  @JsonSubTypes.Type(value = TypeRef.Nullable.class, name = "nullable"),
  @JsonSubTypes.Type(value = TypeRef.Literal.class, name = "literal"),
  @JsonSubTypes.Type(value = TypeRef.Any.class, name = "any")
})
public sealed interface TypeRef {

  <R> R accept(Visitor<R> visitor);

  /** One method per kind of reference. */
  interface Visitor<R> {
    R primitive(PrimitiveRef ref);

    R named(Named ref);

    R list(ListOf ref);

    R map(MapOf ref);

    R nullable(Nullable ref);

    R literal(Literal ref);

    R any(Any ref);
  }

  static TypeRef primitive(Primitive primitive) {
    return new PrimitiveRef(primitive);
  }

  static TypeRef named(String id) {
    return new Named(id);
  }

  /** Wraps in {@link Nullable} unless already nullable. */
  default TypeRef nullable() {
    return this instanceof Nullable ? this : new Nullable(this);
  }

  /** Whether this reference, nullable or not, is an integer primitive of any size. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default boolean isInteger() {
    return nonNull() instanceof PrimitiveRef ref && (ref.primitive() == Primitive.INTEGER
        || ref.primitive() == Primitive.INT32 || ref.primitive() == Primitive.INT64);
  }

  /** This reference without a {@link Nullable} wrapper. */
  default TypeRef nonNull() {
    return this instanceof Nullable n ? n.inner() : this;
  }

  record PrimitiveRef(Primitive primitive) implements TypeRef {
    public PrimitiveRef {
      Objects.requireNonNull(primitive, "primitive == null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.primitive(this);
    }
  }

  /** A reference to a {@link TypeDecl} by its id. */
  record Named(String id) implements TypeRef {
    public Named {
      Objects.requireNonNull(id, "id == null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.named(this);
    }
  }

  record ListOf(TypeRef items, boolean unique) implements TypeRef {
    public ListOf {
      Objects.requireNonNull(items, "items == null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.list(this);
    }
  }

  /** A JSON object with string keys and values of one type. */
  record MapOf(TypeRef values) implements TypeRef {
    public MapOf {
      Objects.requireNonNull(values, "values == null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.map(this);
    }
  }

  /** The value may be JSON {@code null}; absence is a property's concern, not a type's. */
  record Nullable(TypeRef inner) implements TypeRef {
    public Nullable {
      Objects.requireNonNull(inner, "inner == null");
      if (inner instanceof Nullable) {
        throw new IllegalArgumentException("nested nullable");
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.nullable(this);
    }
  }

  /** A single allowed value ({@code const}, or a one-value enum). */
  record Literal(JsonNode value) implements TypeRef {
    public Literal {
      Objects.requireNonNull(value, "value == null");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.literal(this);
    }
  }

  /** Any JSON value. */
  record Any() implements TypeRef {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.any(this);
    }
  }
}
