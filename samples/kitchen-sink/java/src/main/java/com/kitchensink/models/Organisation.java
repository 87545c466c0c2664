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

/** The {@code Organisation} object. */
@JsonModel
@JsonDeserialize(builder = Organisation.Builder.class)
@JsonPropertyOrder({"legal_name", "address", "parent"})
public final class Organisation {
  private final String legalName;

  private final Address address;

  private final Organisation parent;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Organisation(Builder builder) {
    this.legalName = builder.legalName;
    this.address = builder.address;
    this.parent = builder.parent;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code legal_name} property. */
  public String legalName() {
    return Checks.decoded(legalName, "legal_name");
  }

  @JsonProperty(value = "legal_name", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _legalName() {
    return legalName;
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

  /** Recursive reference. */
  public Optional<Organisation> parent() {
    return Optional.ofNullable(parent);
  }

  @JsonProperty("parent")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Organisation _parent() {
    return parent;
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
    if (!(other instanceof Organisation)) {
      return false;
    }
    Organisation that = (Organisation) other;
    return Objects.equals(this.legalName, that.legalName)
        && Objects.equals(this.address, that.address)
        && Objects.equals(this.parent, that.parent)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(legalName, address, parent, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Organisation{"
        + "legalName="
        + legalName
        + ", address="
        + address
        + ", parent="
        + parent
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link Organisation} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String legalName;

    private Address address;

    private Organisation parent;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Organisation source) {
      this.legalName = source.legalName;
      this.address = source.address;
      this.parent = source.parent;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code legal_name}. */
    public Builder legalName(String legalName) {
      this.legalName = Objects.requireNonNull(legalName, "legalName");
      return this;
    }

    @JsonProperty("legal_name")
    private Builder _legalName(String value) {
      this.legalName = value;
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

    /** Recursive reference. */
    public Builder parent(Organisation parent) {
      this.parent = Objects.requireNonNull(parent, "parent");
      return this;
    }

    @JsonProperty("parent")
    private Builder _parent(Organisation value) {
      this.parent = value;
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
    public Organisation build() {
      Checks.required(legalName, "legalName");
      return new Organisation(this);
    }

    private Organisation _build() {
      return new Organisation(this);
    }
  }
}
