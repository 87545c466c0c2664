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

/** The {@code listPets} object. */
@JsonModel
@JsonDeserialize(builder = ListPetsResponse.Builder.class)
@JsonPropertyOrder({"pets", "total"})
public final class ListPetsResponse {
  private final List<Pet> pets;

  private final Long total;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private ListPetsResponse(Builder builder) {
    this.pets = Checks.copy(builder.pets);
    this.total = builder.total;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code pets} property. */
  public List<Pet> pets() {
    return Checks.decoded(pets, "pets");
  }

  @JsonProperty(value = "pets", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<Pet> _pets() {
    return pets;
  }

  /** The {@code total} property. */
  public long total() {
    return Checks.decoded(total, "total");
  }

  @JsonProperty(value = "total", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Long _total() {
    return total;
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
    if (!(other instanceof ListPetsResponse)) {
      return false;
    }
    ListPetsResponse that = (ListPetsResponse) other;
    return Objects.equals(this.pets, that.pets)
        && Objects.equals(this.total, that.total)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pets, total, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "ListPetsResponse{"
        + "pets="
        + pets
        + ", total="
        + total
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link ListPetsResponse} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private List<Pet> pets;

    private Long total;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ListPetsResponse source) {
      this.pets = source.pets;
      this.total = source.total;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code pets}. */
    public Builder pets(List<Pet> pets) {
      this.pets = Objects.requireNonNull(pets, "pets");
      return this;
    }

    @JsonProperty("pets")
    private Builder _pets(List<Pet> value) {
      this.pets = value;
      return this;
    }

    /** Sets {@code total}. */
    public Builder total(long total) {
      this.total = total;
      return this;
    }

    @JsonProperty("total")
    private Builder _total(Long value) {
      this.total = value;
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
    public ListPetsResponse build() {
      Checks.required(pets, "pets");
      Checks.required(total, "total");
      return new ListPetsResponse(this);
    }

    private ListPetsResponse _build() {
      return new ListPetsResponse(this);
    }
  }
}
