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

/** The {@code PaymentIntentCreate} object. */
@JsonModel
@JsonDeserialize(builder = PaymentIntentCreateShipping.Builder.class)
@JsonPropertyOrder({"name", "address"})
public final class PaymentIntentCreateShipping {
  private final String name;

  private final PaymentIntentCreateShippingAddress address;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private PaymentIntentCreateShipping(Builder builder) {
    this.name = builder.name;
    this.address = builder.address;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
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

  /** The {@code address} property. */
  public Optional<PaymentIntentCreateShippingAddress> address() {
    return Optional.ofNullable(address);
  }

  @JsonProperty("address")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private PaymentIntentCreateShippingAddress _address() {
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
    if (!(other instanceof PaymentIntentCreateShipping)) {
      return false;
    }
    PaymentIntentCreateShipping that = (PaymentIntentCreateShipping) other;
    return Objects.equals(this.name, that.name)
        && Objects.equals(this.address, that.address)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, address, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "PaymentIntentCreateShipping{"
        + "name="
        + name
        + ", address="
        + address
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link PaymentIntentCreateShipping} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String name;

    private PaymentIntentCreateShippingAddress address;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(PaymentIntentCreateShipping source) {
      this.name = source.name;
      this.address = source.address;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
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

    /** Sets {@code address}. */
    public Builder address(PaymentIntentCreateShippingAddress address) {
      this.address = Objects.requireNonNull(address, "address");
      return this;
    }

    @JsonProperty("address")
    private Builder _address(PaymentIntentCreateShippingAddress value) {
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
    public PaymentIntentCreateShipping build() {
      Checks.required(name, "name");
      return new PaymentIntentCreateShipping(this);
    }

    private PaymentIntentCreateShipping _build() {
      return new PaymentIntentCreateShipping(this);
    }
  }
}
