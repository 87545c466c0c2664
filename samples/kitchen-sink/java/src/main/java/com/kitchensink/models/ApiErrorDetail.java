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

/** The {@code ApiErrorDetail} object. */
@JsonModel
@JsonDeserialize(builder = ApiErrorDetail.Builder.class)
@JsonPropertyOrder({"type", "code", "decline_code", "message", "param"})
public final class ApiErrorDetail {
  private final String type;

  private final String code;

  private final String declineCode;

  private final String message;

  private final String param;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private ApiErrorDetail(Builder builder) {
    this.type = builder.type;
    this.code = builder.code;
    this.declineCode = builder.declineCode;
    this.message = builder.message;
    this.param = builder.param;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code type} property. */
  public String type() {
    return Checks.decoded(type, "type");
  }

  @JsonProperty(value = "type", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _type() {
    return type;
  }

  /** The {@code code} property. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  @JsonProperty("code")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _code() {
    return code;
  }

  /** The {@code decline_code} property. */
  public Optional<String> declineCode() {
    return Optional.ofNullable(declineCode);
  }

  @JsonProperty("decline_code")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _declineCode() {
    return declineCode;
  }

  /** The {@code message} property. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  @JsonProperty("message")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _message() {
    return message;
  }

  /** The {@code param} property. */
  public Optional<String> param() {
    return Optional.ofNullable(param);
  }

  @JsonProperty("param")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _param() {
    return param;
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
    if (!(other instanceof ApiErrorDetail)) {
      return false;
    }
    ApiErrorDetail that = (ApiErrorDetail) other;
    return Objects.equals(this.type, that.type)
        && Objects.equals(this.code, that.code)
        && Objects.equals(this.declineCode, that.declineCode)
        && Objects.equals(this.message, that.message)
        && Objects.equals(this.param, that.param)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        type, code, declineCode, message, param, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "ApiErrorDetail{"
        + "type="
        + type
        + ", code="
        + code
        + ", declineCode="
        + declineCode
        + ", message="
        + message
        + ", param="
        + param
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link ApiErrorDetail} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String type;

    private String code;

    private String declineCode;

    private String message;

    private String param;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ApiErrorDetail source) {
      this.type = source.type;
      this.code = source.code;
      this.declineCode = source.declineCode;
      this.message = source.message;
      this.param = source.param;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code type}. */
    public Builder type(String type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    @JsonProperty("type")
    private Builder _type(String value) {
      this.type = value;
      return this;
    }

    /** Sets {@code code}. */
    public Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    @JsonProperty("code")
    private Builder _code(String value) {
      this.code = value;
      return this;
    }

    /** Sets {@code decline_code}. */
    public Builder declineCode(String declineCode) {
      this.declineCode = Objects.requireNonNull(declineCode, "declineCode");
      return this;
    }

    @JsonProperty("decline_code")
    private Builder _declineCode(String value) {
      this.declineCode = value;
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

    /** Sets {@code param}. */
    public Builder param(String param) {
      this.param = Objects.requireNonNull(param, "param");
      return this;
    }

    @JsonProperty("param")
    private Builder _param(String value) {
      this.param = value;
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
    public ApiErrorDetail build() {
      Checks.required(type, "type");
      return new ApiErrorDetail(this);
    }

    private ApiErrorDetail _build() {
      return new ApiErrorDetail(this);
    }
  }
}
