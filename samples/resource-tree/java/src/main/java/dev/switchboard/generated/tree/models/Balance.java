package dev.switchboard.generated.tree.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.switchboard.generated.tree.core.Checks;
import dev.switchboard.generated.tree.core.JsonModel;
import dev.switchboard.generated.tree.core.Mismatches;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code Balance} object. */
@JsonModel
@JsonDeserialize(builder = Balance.Builder.class)
@JsonPropertyOrder({"balance", "currency"})
public final class Balance {
  private final String balance;

  private final String currency;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Balance(Builder builder) {
    this.balance = builder.balance;
    this.currency = builder.currency;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code balance} property. */
  public Optional<String> balance() {
    return Optional.ofNullable(balance);
  }

  @JsonProperty("balance")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _balance() {
    return balance;
  }

  /** The {@code currency} property. */
  public Optional<String> currency() {
    return Optional.ofNullable(currency);
  }

  @JsonProperty("currency")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _currency() {
    return currency;
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
    if (!(other instanceof Balance)) {
      return false;
    }
    Balance that = (Balance) other;
    return Objects.equals(this.balance, that.balance)
        && Objects.equals(this.currency, that.currency)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(balance, currency, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Balance{"
        + "balance="
        + balance
        + ", currency="
        + currency
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link Balance} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String balance;

    private String currency;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Balance source) {
      this.balance = source.balance;
      this.currency = source.currency;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code balance}. */
    public Builder balance(String balance) {
      this.balance = Objects.requireNonNull(balance, "balance");
      return this;
    }

    @JsonProperty("balance")
    private Builder _balance(String value) {
      this.balance = value;
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
    public Balance build() {
      return new Balance(this);
    }

    private Balance _build() {
      return new Balance(this);
    }
  }
}
