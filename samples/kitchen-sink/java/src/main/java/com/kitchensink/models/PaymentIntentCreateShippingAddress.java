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
@JsonDeserialize(builder = PaymentIntentCreateShippingAddress.Builder.class)
@JsonPropertyOrder({"line1", "city"})
public final class PaymentIntentCreateShippingAddress {
  private final String line1;

  private final String city;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private PaymentIntentCreateShippingAddress(Builder builder) {
    this.line1 = builder.line1;
    this.city = builder.city;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code line1} property. */
  public Optional<String> line1() {
    return Optional.ofNullable(line1);
  }

  @JsonProperty("line1")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _line1() {
    return line1;
  }

  /** The {@code city} property. */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  @JsonProperty("city")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _city() {
    return city;
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
    if (!(other instanceof PaymentIntentCreateShippingAddress)) {
      return false;
    }
    PaymentIntentCreateShippingAddress that = (PaymentIntentCreateShippingAddress) other;
    return Objects.equals(this.line1, that.line1)
        && Objects.equals(this.city, that.city)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line1, city, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "PaymentIntentCreateShippingAddress{"
        + "line1="
        + line1
        + ", city="
        + city
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link PaymentIntentCreateShippingAddress} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String line1;

    private String city;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(PaymentIntentCreateShippingAddress source) {
      this.line1 = source.line1;
      this.city = source.city;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code line1}. */
    public Builder line1(String line1) {
      this.line1 = Objects.requireNonNull(line1, "line1");
      return this;
    }

    @JsonProperty("line1")
    private Builder _line1(String value) {
      this.line1 = value;
      return this;
    }

    /** Sets {@code city}. */
    public Builder city(String city) {
      this.city = Objects.requireNonNull(city, "city");
      return this;
    }

    @JsonProperty("city")
    private Builder _city(String value) {
      this.city = value;
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
    public PaymentIntentCreateShippingAddress build() {
      return new PaymentIntentCreateShippingAddress(this);
    }

    private PaymentIntentCreateShippingAddress _build() {
      return new PaymentIntentCreateShippingAddress(this);
    }
  }
}
