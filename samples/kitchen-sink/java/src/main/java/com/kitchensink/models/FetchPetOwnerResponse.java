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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One of several shapes of {@code fetchPetOwner}.
 *
 * <p>Use {@link #accept(Visitor)} to handle each variant; JSON that matches none is kept as the
 * unknown variant.
 */
@JsonDeserialize(using = FetchPetOwnerResponse.Deserializer.class)
public final class FetchPetOwnerResponse {
  private final Person person;

  private final Organisation organisation;

  private final JsonNode unknown;

  private FetchPetOwnerResponse(Person person, Organisation organisation, JsonNode unknown) {
    this.person = person;
    this.organisation = organisation;
    this.unknown = unknown;
  }

  /** The {@code person} variant. */
  public static FetchPetOwnerResponse ofPerson(Person person) {
    return new FetchPetOwnerResponse(Objects.requireNonNull(person, "person"), null, null);
  }

  /** The {@code person} variant, or empty when this holds another. */
  public Optional<Person> person() {
    return Optional.ofNullable(person);
  }

  /** True when this holds the {@code person} variant. */
  public boolean isPerson() {
    return person != null;
  }

  /** The {@code organisation} variant. */
  public static FetchPetOwnerResponse ofOrganisation(Organisation organisation) {
    return new FetchPetOwnerResponse(
        null, Objects.requireNonNull(organisation, "organisation"), null);
  }

  /** The {@code organisation} variant, or empty when this holds another. */
  public Optional<Organisation> organisation() {
    return Optional.ofNullable(organisation);
  }

  /** True when this holds the {@code organisation} variant. */
  public boolean isOrganisation() {
    return organisation != null;
  }

  /** JSON that matches no variant this SDK knows. */
  public static FetchPetOwnerResponse ofUnknown(JsonNode json) {
    return new FetchPetOwnerResponse(null, null, Objects.requireNonNull(json, "json"));
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
    if (person != null) {
      return visitor.visitPerson(person);
    }
    if (organisation != null) {
      return visitor.visitOrganisation(organisation);
    }
    return visitor.visitUnknown(unknown);
  }

  @JsonValue
  private Object json() {
    if (person != null) {
      return person;
    }
    if (organisation != null) {
      return organisation;
    }
    return unknown;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof FetchPetOwnerResponse)) {
      return false;
    }
    FetchPetOwnerResponse that = (FetchPetOwnerResponse) other;
    return Objects.equals(this.person, that.person)
        && Objects.equals(this.organisation, that.organisation)
        && Objects.equals(this.unknown, that.unknown);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, organisation, unknown);
  }

  @Override
  public String toString() {
    return "FetchPetOwnerResponse{"
        + "person="
        + person
        + ", organisation="
        + organisation
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
    /** Handles the {@code person} variant. */
    R visitPerson(Person person);

    /** Handles the {@code organisation} variant. */
    R visitOrganisation(Organisation organisation);

    /** Handles JSON that matches no known variant. */
    R visitUnknown(JsonNode json);
  }

  static final class Deserializer extends StdDeserializer<FetchPetOwnerResponse> {
    private static final long serialVersionUID = 1L;

    private static final List<Unions.Shape> SHAPES =
        List.of(
            Unions.Shape.object(
                Set.of("given_name"), Set.of("given_name", "family_name", "address")),
            Unions.Shape.object(Set.of("legal_name"), Set.of("legal_name", "address", "parent")));

    Deserializer() {
      super(FetchPetOwnerResponse.class);
    }

    @Override
    public FetchPetOwnerResponse deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonNode node = parser.readValueAsTree();
      ObjectCodec codec = parser.getCodec();
      try {
        switch (Unions.bestMatch(node, SHAPES)) {
          case 0:
            return ofPerson(Unions.decode(codec, node, Person.class));
          case 1:
            return ofOrganisation(Unions.decode(codec, node, Organisation.class));
          default:
            return ofUnknown(node);
        }
      } catch (JsonProcessingException e) {
        return ofUnknown(node);
      }
    }
  }
}
