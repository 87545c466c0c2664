package com.kitchensink.models;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.kitchensink.core.Unions;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * One of several shapes of {@code Pet}.
 *
 * <p>Use {@link #accept(Visitor)} to handle each variant; JSON that matches none is kept as the
 * unknown variant.
 */
@JsonDeserialize(using = Pet.Deserializer.class)
public final class Pet {
  private final Cat cat;

  private final Dog dog;

  private final Lizard lizard;

  private final JsonNode unknown;

  private Pet(Cat cat, Dog dog, Lizard lizard, JsonNode unknown) {
    this.cat = cat;
    this.dog = dog;
    this.lizard = lizard;
    this.unknown = unknown;
  }

  /** The {@code cat} variant. */
  public static Pet ofCat(Cat cat) {
    return new Pet(Objects.requireNonNull(cat, "cat"), null, null, null);
  }

  /** The {@code cat} variant, or empty when this holds another. */
  public Optional<Cat> cat() {
    return Optional.ofNullable(cat);
  }

  /** True when this holds the {@code cat} variant. */
  public boolean isCat() {
    return cat != null;
  }

  /** The {@code dog} variant. */
  public static Pet ofDog(Dog dog) {
    return new Pet(null, Objects.requireNonNull(dog, "dog"), null, null);
  }

  /** The {@code dog} variant, or empty when this holds another. */
  public Optional<Dog> dog() {
    return Optional.ofNullable(dog);
  }

  /** True when this holds the {@code dog} variant. */
  public boolean isDog() {
    return dog != null;
  }

  /** The {@code lizard} variant. */
  public static Pet ofLizard(Lizard lizard) {
    return new Pet(null, null, Objects.requireNonNull(lizard, "lizard"), null);
  }

  /** The {@code lizard} variant, or empty when this holds another. */
  public Optional<Lizard> lizard() {
    return Optional.ofNullable(lizard);
  }

  /** True when this holds the {@code lizard} variant. */
  public boolean isLizard() {
    return lizard != null;
  }

  /** JSON that matches no variant this SDK knows. */
  public static Pet ofUnknown(JsonNode json) {
    return new Pet(null, null, null, Objects.requireNonNull(json, "json"));
  }

  /** The JSON of an unknown variant, or empty when this holds a known one. */
  public Optional<JsonNode> unknown() {
    return Optional.ofNullable(unknown);
  }

  /** True when the JSON matched no known variant. */
  public boolean isUnknown() {
    return unknown != null;
  }

  /** Calls the visitor method for the variant this holds. */
  public <R> R accept(Visitor<R> visitor) {
    if (cat != null) {
      return visitor.visitCat(cat);
    }
    if (dog != null) {
      return visitor.visitDog(dog);
    }
    if (lizard != null) {
      return visitor.visitLizard(lizard);
    }
    return visitor.visitUnknown(unknown);
  }

  @JsonValue
  private Object json() {
    if (cat != null) {
      return cat;
    }
    if (dog != null) {
      return dog;
    }
    if (lizard != null) {
      return lizard;
    }
    return unknown;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Pet)) {
      return false;
    }
    Pet that = (Pet) other;
    return Objects.equals(this.cat, that.cat)
        && Objects.equals(this.dog, that.dog)
        && Objects.equals(this.lizard, that.lizard)
        && Objects.equals(this.unknown, that.unknown);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cat, dog, lizard, unknown);
  }

  @Override
  public String toString() {
    return "Pet{"
        + "cat="
        + cat
        + ", dog="
        + dog
        + ", lizard="
        + lizard
        + ", unknown="
        + unknown
        + "}";
  }

  /**
   * Handles each variant.
   *
   * @param <R> what handling a variant returns
   */
  public interface Visitor<R> {
    /** Handles the {@code cat} variant. */
    R visitCat(Cat cat);

    /** Handles the {@code dog} variant. */
    R visitDog(Dog dog);

    /** Handles the {@code lizard} variant. */
    R visitLizard(Lizard lizard);

    /** Handles JSON that matches no known variant. */
    R visitUnknown(JsonNode json);
  }

  static final class Deserializer extends StdDeserializer<Pet> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Pet.class);
    }

    @Override
    public Pet deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode node = parser.readValueAsTree();
      ObjectCodec codec = parser.getCodec();
      try {
        switch (Unions.discriminator(node, "pet_type")) {
          case "cat":
            return ofCat(Unions.decode(codec, node, Cat.class));
          case "dog":
            return ofDog(Unions.decode(codec, node, Dog.class));
          case "lizard":
            return ofLizard(Unions.decode(codec, node, Lizard.class));
          default:
            return ofUnknown(node);
        }
      } catch (JsonProcessingException e) {
        return ofUnknown(node);
      }
    }
  }
}
