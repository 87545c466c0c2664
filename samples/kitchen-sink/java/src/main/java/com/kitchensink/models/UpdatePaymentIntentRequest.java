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

/** The {@code updatePaymentIntent} object. */
@JsonModel
@JsonDeserialize(builder = UpdatePaymentIntentRequest.Builder.class)
@JsonPropertyOrder({"description", "payment_method_types", "labels", "metadata"})
public final class UpdatePaymentIntentRequest {
  private final String description;

  private final List<String> paymentMethodTypes;

  private final List<String> labels;

  private final Map<String, String> metadata;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private UpdatePaymentIntentRequest(Builder builder) {
    this.description = builder.description;
    this.paymentMethodTypes = Checks.copy(builder.paymentMethodTypes);
    this.labels = Checks.copy(builder.labels);
    this.metadata = Checks.copy(builder.metadata);
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code description} property. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  @JsonProperty("description")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _description() {
    return description;
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

  /** The {@code labels} property. */
  public Optional<List<String>> labels() {
    return Optional.ofNullable(labels);
  }

  @JsonProperty("labels")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<String> _labels() {
    return labels;
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
    if (!(other instanceof UpdatePaymentIntentRequest)) {
      return false;
    }
    UpdatePaymentIntentRequest that = (UpdatePaymentIntentRequest) other;
    return Objects.equals(this.description, that.description)
        && Objects.equals(this.paymentMethodTypes, that.paymentMethodTypes)
        && Objects.equals(this.labels, that.labels)
        && Objects.equals(this.metadata, that.metadata)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        description,
        paymentMethodTypes,
        labels,
        metadata,
        additionalProperties,
        mismatchedProperties);
  }

  @Override
  public String toString() {
    return "UpdatePaymentIntentRequest{"
        + "description="
        + description
        + ", paymentMethodTypes="
        + paymentMethodTypes
        + ", labels="
        + labels
        + ", metadata="
        + metadata
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link UpdatePaymentIntentRequest} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String description;

    private List<String> paymentMethodTypes;

    private List<String> labels;

    private Map<String, String> metadata;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(UpdatePaymentIntentRequest source) {
      this.description = source.description;
      this.paymentMethodTypes = source.paymentMethodTypes;
      this.labels = source.labels;
      this.metadata = source.metadata;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code description}. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    @JsonProperty("description")
    private Builder _description(String value) {
      this.description = value;
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

    /** Sets {@code labels}. */
    public Builder labels(List<String> labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    @JsonProperty("labels")
    private Builder _labels(List<String> value) {
      this.labels = value;
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
    public UpdatePaymentIntentRequest build() {
      return new UpdatePaymentIntentRequest(this);
    }

    private UpdatePaymentIntentRequest _build() {
      return new UpdatePaymentIntentRequest(this);
    }
  }
}
