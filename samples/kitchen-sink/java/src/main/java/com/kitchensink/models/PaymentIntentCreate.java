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

/** The {@code PaymentIntentCreate} object. */
@JsonModel
@JsonDeserialize(builder = PaymentIntentCreate.Builder.class)
@JsonPropertyOrder({"amount", "currency", "payment_method_types", "expand", "metadata", "shipping"})
public final class PaymentIntentCreate {
  private final Long amount;

  private final String currency;

  private final List<String> paymentMethodTypes;

  private final List<String> expand;

  private final Map<String, String> metadata;

  private final PaymentIntentCreateShipping shipping;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private PaymentIntentCreate(Builder builder) {
    this.amount = builder.amount;
    this.currency = builder.currency;
    this.paymentMethodTypes = Checks.copy(builder.paymentMethodTypes);
    this.expand = Checks.copy(builder.expand);
    this.metadata = Checks.copy(builder.metadata);
    this.shipping = builder.shipping;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** Amount in the currency's smallest unit. */
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

  /** The {@code payment_method_types} property. */
  public Optional<List<String>> paymentMethodTypes() {
    return Optional.ofNullable(paymentMethodTypes);
  }

  @JsonProperty("payment_method_types")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<String> _paymentMethodTypes() {
    return paymentMethodTypes;
  }

  /** The {@code expand} property. */
  public Optional<List<String>> expand() {
    return Optional.ofNullable(expand);
  }

  @JsonProperty("expand")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<String> _expand() {
    return expand;
  }

  /** The {@code metadata} property. */
  public Optional<Map<String, String>> metadata() {
    return Optional.ofNullable(metadata);
  }

  @JsonProperty("metadata")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, String> _metadata() {
    return metadata;
  }

  /** The {@code shipping} property. */
  public Optional<PaymentIntentCreateShipping> shipping() {
    return Optional.ofNullable(shipping);
  }

  @JsonProperty("shipping")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private PaymentIntentCreateShipping _shipping() {
    return shipping;
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
    if (!(other instanceof PaymentIntentCreate)) {
      return false;
    }
    PaymentIntentCreate that = (PaymentIntentCreate) other;
    return Objects.equals(this.amount, that.amount)
        && Objects.equals(this.currency, that.currency)
        && Objects.equals(this.paymentMethodTypes, that.paymentMethodTypes)
        && Objects.equals(this.expand, that.expand)
        && Objects.equals(this.metadata, that.metadata)
        && Objects.equals(this.shipping, that.shipping)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        amount,
        currency,
        paymentMethodTypes,
        expand,
        metadata,
        shipping,
        additionalProperties,
        mismatchedProperties);
  }

  @Override
  public String toString() {
    return "PaymentIntentCreate{"
        + "amount="
        + amount
        + ", currency="
        + currency
        + ", paymentMethodTypes="
        + paymentMethodTypes
        + ", expand="
        + expand
        + ", metadata="
        + metadata
        + ", shipping="
        + shipping
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link PaymentIntentCreate} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private Long amount;

    private String currency;

    private List<String> paymentMethodTypes;

    private List<String> expand;

    private Map<String, String> metadata;

    private PaymentIntentCreateShipping shipping;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(PaymentIntentCreate source) {
      this.amount = source.amount;
      this.currency = source.currency;
      this.paymentMethodTypes = source.paymentMethodTypes;
      this.expand = source.expand;
      this.metadata = source.metadata;
      this.shipping = source.shipping;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Amount in the currency's smallest unit. */
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

    /** Sets {@code payment_method_types}. */
    public Builder paymentMethodTypes(List<String> paymentMethodTypes) {
      this.paymentMethodTypes = Objects.requireNonNull(paymentMethodTypes, "paymentMethodTypes");
      return this;
    }

    @JsonProperty("payment_method_types")
    private Builder _paymentMethodTypes(List<String> value) {
      this.paymentMethodTypes = value;
      return this;
    }

    /** Sets {@code expand}. */
    public Builder expand(List<String> expand) {
      this.expand = Objects.requireNonNull(expand, "expand");
      return this;
    }

    @JsonProperty("expand")
    private Builder _expand(List<String> value) {
      this.expand = value;
      return this;
    }

    /** Sets {@code metadata}. */
    public Builder metadata(Map<String, String> metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    @JsonProperty("metadata")
    private Builder _metadata(Map<String, String> value) {
      this.metadata = value;
      return this;
    }

    /** Sets {@code shipping}. */
    public Builder shipping(PaymentIntentCreateShipping shipping) {
      this.shipping = Objects.requireNonNull(shipping, "shipping");
      return this;
    }

    @JsonProperty("shipping")
    private Builder _shipping(PaymentIntentCreateShipping value) {
      this.shipping = value;
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
    public PaymentIntentCreate build() {
      Checks.required(amount, "amount");
      Checks.required(currency, "currency");
      return new PaymentIntentCreate(this);
    }

    private PaymentIntentCreate _build() {
      return new PaymentIntentCreate(this);
    }
  }
}
