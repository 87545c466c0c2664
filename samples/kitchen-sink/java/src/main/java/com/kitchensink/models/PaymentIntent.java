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

/** The {@code PaymentIntent} object. */
@JsonModel
@JsonDeserialize(builder = PaymentIntent.Builder.class)
@JsonPropertyOrder({"id", "amount", "currency", "status"})
public final class PaymentIntent {
  private final String id;

  private final Long amount;

  private final String currency;

  private final String status;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private PaymentIntent(Builder builder) {
    this.id = builder.id;
    this.amount = builder.amount;
    this.currency = builder.currency;
    this.status = builder.status;
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

  /** The {@code amount} property. */
  public long amount() {
    return Checks.decoded(amount, "amount");
  }

  @JsonProperty(value = "amount", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Long _amount() {
    return amount;
  }

  /** The {@code currency} property. */
  public String currency() {
    return Checks.decoded(currency, "currency");
  }

  @JsonProperty(value = "currency", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _currency() {
    return currency;
  }

  /** The {@code status} property. */
  public String status() {
    return Checks.decoded(status, "status");
  }

  @JsonProperty(value = "status", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _status() {
    return status;
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
    if (!(other instanceof PaymentIntent)) {
      return false;
    }
    PaymentIntent that = (PaymentIntent) other;
    return Objects.equals(this.id, that.id)
        && Objects.equals(this.amount, that.amount)
        && Objects.equals(this.currency, that.currency)
        && Objects.equals(this.status, that.status)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, amount, currency, status, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "PaymentIntent{"
        + "id="
        + id
        + ", amount="
        + amount
        + ", currency="
        + currency
        + ", status="
        + status
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link PaymentIntent} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String id;

    private Long amount;

    private String currency;

    private String status;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(PaymentIntent source) {
      this.id = source.id;
      this.amount = source.amount;
      this.currency = source.currency;
      this.status = source.status;
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

    /** Sets {@code amount}. */
    public Builder amount(long amount) {
      this.amount = amount;
      return this;
    }

    @JsonProperty("amount")
    private Builder _amount(Long value) {
      this.amount = value;
      return this;
    }

    /** Sets {@code currency}. */
    public Builder currency(String currency) {
      this.currency = Objects.requireNonNull(currency, "currency");
      return this;
    }

    @JsonProperty("currency")
    private Builder _currency(String value) {
      this.currency = value;
      return this;
    }

    /** Sets {@code status}. */
    public Builder status(String status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    @JsonProperty("status")
    private Builder _status(String value) {
      this.status = value;
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
    public PaymentIntent build() {
      Checks.required(id, "id");
      Checks.required(amount, "amount");
      Checks.required(currency, "currency");
      Checks.required(status, "status");
      return new PaymentIntent(this);
    }

    private PaymentIntent _build() {
      return new PaymentIntent(this);
    }
  }
}
