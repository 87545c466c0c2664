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

/** The {@code ValidationError} object. */
@JsonModel
@JsonDeserialize(builder = ValidationErrorFieldsItem.Builder.class)
@JsonPropertyOrder({"name", "reason"})
public final class ValidationErrorFieldsItem {
  private final String name;

  private final String reason;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private ValidationErrorFieldsItem(Builder builder) {
    this.name = builder.name;
    this.reason = builder.reason;
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

  /** The {@code reason} property. */
  public String reason() {
    return Checks.decoded(reason, "reason");
  }

  @JsonProperty(value = "reason", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _reason() {
    return reason;
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
    if (!(other instanceof ValidationErrorFieldsItem)) {
      return false;
    }
    ValidationErrorFieldsItem that = (ValidationErrorFieldsItem) other;
    return Objects.equals(this.name, that.name)
        && Objects.equals(this.reason, that.reason)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, reason, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "ValidationErrorFieldsItem{"
        + "name="
        + name
        + ", reason="
        + reason
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link ValidationErrorFieldsItem} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String name;

    private String reason;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ValidationErrorFieldsItem source) {
      this.name = source.name;
      this.reason = source.reason;
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

    /** Sets {@code reason}. */
    public Builder reason(String reason) {
      this.reason = Objects.requireNonNull(reason, "reason");
      return this;
    }

    @JsonProperty("reason")
    private Builder _reason(String value) {
      this.reason = value;
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
    public ValidationErrorFieldsItem build() {
      Checks.required(name, "name");
      Checks.required(reason, "reason");
      return new ValidationErrorFieldsItem(this);
    }

    private ValidationErrorFieldsItem _build() {
      return new ValidationErrorFieldsItem(this);
    }
  }
}
