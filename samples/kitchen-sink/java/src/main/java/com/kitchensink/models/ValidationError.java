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

/** The {@code ValidationError} object. */
@JsonModel
@JsonDeserialize(builder = ValidationError.Builder.class)
@JsonPropertyOrder({"code", "message", "more_info", "status", "fields"})
public final class ValidationError {
  private final Long code;

  private final String message;

  private final String moreInfo;

  private final Long status;

  private final List<ValidationErrorFieldsItem> fields;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private ValidationError(Builder builder) {
    this.code = builder.code;
    this.message = builder.message;
    this.moreInfo = builder.moreInfo;
    this.status = builder.status;
    this.fields = Checks.copy(builder.fields);
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** Platform error code. */
  public long code() {
    return Checks.decoded(code, "code");
  }

  @JsonProperty(value = "code", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Long _code() {
    return code;
  }

  /** The {@code message} property. */
  public String message() {
    return Checks.decoded(message, "message");
  }

  @JsonProperty(value = "message", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _message() {
    return message;
  }

  /** The {@code more_info} property. */
  public Optional<String> moreInfo() {
    return Optional.ofNullable(moreInfo);
  }

  @JsonProperty("more_info")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _moreInfo() {
    return moreInfo;
  }

  /** The {@code status} property. */
  public Optional<Long> status() {
    return Optional.ofNullable(status);
  }

  @JsonProperty("status")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Long _status() {
    return status;
  }

  /** The {@code fields} property. */
  public Optional<List<ValidationErrorFieldsItem>> fields() {
    return Optional.ofNullable(fields);
  }

  @JsonProperty("fields")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<ValidationErrorFieldsItem> _fields() {
    return fields;
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
    if (!(other instanceof ValidationError)) {
      return false;
    }
    ValidationError that = (ValidationError) other;
    return Objects.equals(this.code, that.code)
        && Objects.equals(this.message, that.message)
        && Objects.equals(this.moreInfo, that.moreInfo)
        && Objects.equals(this.status, that.status)
        && Objects.equals(this.fields, that.fields)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        code, message, moreInfo, status, fields, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "ValidationError{"
        + "code="
        + code
        + ", message="
        + message
        + ", moreInfo="
        + moreInfo
        + ", status="
        + status
        + ", fields="
        + fields
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link ValidationError} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private Long code;

    private String message;

    private String moreInfo;

    private Long status;

    private List<ValidationErrorFieldsItem> fields;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ValidationError source) {
      this.code = source.code;
      this.message = source.message;
      this.moreInfo = source.moreInfo;
      this.status = source.status;
      this.fields = source.fields;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Platform error code. */
    public Builder code(long code) {
      this.code = code;
      return this;
    }

    @JsonProperty("code")
    private Builder _code(Long value) {
      this.code = value;
      return this;
    }

    /** Sets {@code message}. */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message");
      return this;
    }

    @JsonProperty("message")
    private Builder _message(String value) {
      this.message = value;
      return this;
    }

    /** Sets {@code more_info}. */
    public Builder moreInfo(String moreInfo) {
      this.moreInfo = Objects.requireNonNull(moreInfo, "moreInfo");
      return this;
    }

    @JsonProperty("more_info")
    private Builder _moreInfo(String value) {
      this.moreInfo = value;
      return this;
    }

    /** Sets {@code status}. */
    public Builder status(long status) {
      this.status = status;
      return this;
    }

    @JsonProperty("status")
    private Builder _status(Long value) {
      this.status = value;
      return this;
    }

    /** Sets {@code fields}. */
    public Builder fields(List<ValidationErrorFieldsItem> fields) {
      this.fields = Objects.requireNonNull(fields, "fields");
      return this;
    }

    @JsonProperty("fields")
    private Builder _fields(List<ValidationErrorFieldsItem> value) {
      this.fields = value;
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
    public ValidationError build() {
      Checks.required(code, "code");
      Checks.required(message, "message");
      return new ValidationError(this);
    }

    private ValidationError _build() {
      return new ValidationError(this);
    }
  }
}
