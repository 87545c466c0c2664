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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code Person} object. */
@JsonModel
@JsonDeserialize(builder = Person.Builder.class)
@JsonPropertyOrder({"given_name", "family_name", "address"})
public final class Person {
  private final String givenName;

  private final String familyName;

  private final Address address;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Person(Builder builder) {
    this.givenName = builder.givenName;
    this.familyName = builder.familyName;
    this.address = builder.address;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code given_name} property. */
  public String givenName() {
    return Checks.decoded(givenName, "given_name");
  }

  @JsonProperty(value = "given_name", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _givenName() {
    return givenName;
  }

  /** The {@code family_name} property. */
  public Optional<String> familyName() {
    return Optional.ofNullable(familyName);
  }

  @JsonProperty("family_name")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _familyName() {
    return familyName;
  }

  /** The {@code address} property. */
  public Optional<Address> address() {
    return Optional.ofNullable(address);
  }

  @JsonProperty("address")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Address _address() {
    return address;
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
    if (!(other instanceof Person)) {
      return false;
    }
    Person that = (Person) other;
    return Objects.equals(this.givenName, that.givenName)
        && Objects.equals(this.familyName, that.familyName)
        && Objects.equals(this.address, that.address)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(givenName, familyName, address, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Person{"
        + "givenName="
        + givenName
        + ", familyName="
        + familyName
        + ", address="
        + address
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link Person} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String givenName;

    private String familyName;

    private Address address;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Person source) {
      this.givenName = source.givenName;
      this.familyName = source.familyName;
      this.address = source.address;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code given_name}. */
    public Builder givenName(String givenName) {
      this.givenName = Objects.requireNonNull(givenName, "givenName");
      return this;
    }

    @JsonProperty("given_name")
    private Builder _givenName(String value) {
      this.givenName = value;
      return this;
    }

    /** Sets {@code family_name}. */
    public Builder familyName(String familyName) {
      this.familyName = Objects.requireNonNull(familyName, "familyName");
      return this;
    }

    @JsonProperty("family_name")
    private Builder _familyName(String value) {
      this.familyName = value;
      return this;
    }

    /** Sets {@code address}. */
    public Builder address(Address address) {
      this.address = Objects.requireNonNull(address, "address");
      return this;
    }

    @JsonProperty("address")
    private Builder _address(Address value) {
      this.address = value;
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
    public Person build() {
      Checks.required(givenName, "givenName");
      return new Person(this);
    }

    private Person _build() {
      return new Person(this);
    }
  }
}
