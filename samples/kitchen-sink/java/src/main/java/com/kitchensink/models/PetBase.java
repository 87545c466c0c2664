package com.kitchensink.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.kitchensink.core.Checks;
import com.kitchensink.core.JsonModel;
import com.kitchensink.core.Mismatches;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code PetBase} object. */
@JsonModel
@JsonDeserialize(builder = PetBase.Builder.class)
@JsonPropertyOrder({"id", "name", "pet_type", "friends"})
public final class PetBase {
  private final String id;

  private final String name;

  private final String petType;

  private final List<Pet> friends;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private PetBase(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.petType = builder.petType;
    this.friends = Checks.copy(builder.friends);
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code id} property. */
  public String id() {
    return Checks.decoded(id, "id");
  }

  @JsonProperty(value = "id", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _id() {
    return id;
  }

  /** The {@code name} property. */
  public String name() {
    return Checks.decoded(name, "name");
  }

  @JsonProperty(value = "name", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _name() {
    return name;
  }

  /** The {@code pet_type} property. */
  public String petType() {
    return Checks.decoded(petType, "pet_type");
  }

  @JsonProperty(value = "pet_type", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _petType() {
    return petType;
  }

  /** Recursive reference back to the union. */
  public Optional<List<Pet>> friends() {
    return Optional.ofNullable(friends);
  }

  @JsonProperty("friends")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<Pet> _friends() {
    return friends;
  }

  /** Properties the API sent that this version of the SDK does not know. */
  public Map<String, JsonNode> additionalProperties() {
    return additionalProperties == null ? Map.of() : additionalProperties;
  }

  @JsonAnyGetter
  private Map<String, JsonNode> _additionalProperties() {
    return additionalProperties();
  }

  /**
   * Properties the API sent with a value of another type than declared, as received; their getters
   * read them as absent.
   */
  public Map<String, JsonNode> mismatchedProperties() {
    return mismatchedProperties == null ? Map.of() : mismatchedProperties;
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PetBase)) {
      return false;
    }
    PetBase that = (PetBase) other;
    return Objects.equals(this.id, that.id)
        && Objects.equals(this.name, that.name)
        && Objects.equals(this.petType, that.petType)
        && Objects.equals(this.friends, that.friends)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, petType, friends, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "PetBase{"
        + "id="
        + id
        + ", name="
        + name
        + ", petType="
        + petType
        + ", friends="
        + friends
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link PetBase} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String id;

    private String name;

    private String petType;

    private List<Pet> friends;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(PetBase source) {
      this.id = source.id;
      this.name = source.name;
      this.petType = source.petType;
      this.friends = source.friends;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code id}. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    @JsonProperty("id")
    private Builder _id(String value) {
      this.id = value;
      return this;
    }

    /** Sets {@code name}. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    @JsonProperty("name")
    private Builder _name(String value) {
      this.name = value;
      return this;
    }

    /** Sets {@code pet_type}. */
    public Builder petType(String petType) {
      this.petType = Objects.requireNonNull(petType, "petType");
      return this;
    }

    @JsonProperty("pet_type")
    private Builder _petType(String value) {
      this.petType = value;
      return this;
    }

    /** Recursive reference back to the union. */
    public Builder friends(List<Pet> friends) {
      this.friends = Objects.requireNonNull(friends, "friends");
      return this;
    }

    @JsonProperty("friends")
    private Builder _friends(List<Pet> value) {
      this.friends = value;
      return this;
    }

    /** Sends a property this SDK does not declare. */
    public Builder putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    @JsonAnySetter
    private void _putAdditionalProperty(String name, JsonNode value) {
      additionalProperties.put(name, value);
    }

    @Override
    public Builder putMismatchedProperty(String name, JsonNode value) {
      mismatchedProperties.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Builds the value; fails naming the first required property that is not set. */
    public PetBase build() {
      Checks.required(id, "id");
      Checks.required(name, "name");
      Checks.required(petType, "petType");
      return new PetBase(this);
    }

    private PetBase _build() {
      return new PetBase(this);
    }
  }
}
