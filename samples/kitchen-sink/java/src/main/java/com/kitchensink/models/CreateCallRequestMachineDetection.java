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

/** Inline object; the generator must give it a stable name. */
@JsonModel
@JsonDeserialize(builder = CreateCallRequestMachineDetection.Builder.class)
@JsonPropertyOrder({"enabled", "timeout_seconds"})
public final class CreateCallRequestMachineDetection {
  private final Boolean enabled;

  private final Long timeoutSeconds;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private CreateCallRequestMachineDetection(Builder builder) {
    this.enabled = builder.enabled;
    this.timeoutSeconds = builder.timeoutSeconds;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code enabled} property. */
  public Optional<Boolean> enabled() {
    return Optional.ofNullable(enabled);
  }

  @JsonProperty("enabled")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean _enabled() {
    return enabled;
  }

  /** The {@code timeout_seconds} property. */
  public Optional<Long> timeoutSeconds() {
    return Optional.ofNullable(timeoutSeconds);
  }

  @JsonProperty("timeout_seconds")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Long _timeoutSeconds() {
    return timeoutSeconds;
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
    if (!(other instanceof CreateCallRequestMachineDetection)) {
      return false;
    }
    CreateCallRequestMachineDetection that = (CreateCallRequestMachineDetection) other;
    return Objects.equals(this.enabled, that.enabled)
        && Objects.equals(this.timeoutSeconds, that.timeoutSeconds)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enabled, timeoutSeconds, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "CreateCallRequestMachineDetection{"
        + "enabled="
        + enabled
        + ", timeoutSeconds="
        + timeoutSeconds
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link CreateCallRequestMachineDetection} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private Boolean enabled;

    private Long timeoutSeconds;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(CreateCallRequestMachineDetection source) {
      this.enabled = source.enabled;
      this.timeoutSeconds = source.timeoutSeconds;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code enabled}. */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    @JsonProperty("enabled")
    private Builder _enabled(Boolean value) {
      this.enabled = value;
      return this;
    }

    /** Sets {@code timeout_seconds}. */
    public Builder timeoutSeconds(long timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
      return this;
    }

    @JsonProperty("timeout_seconds")
    private Builder _timeoutSeconds(Long value) {
      this.timeoutSeconds = value;
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
    public CreateCallRequestMachineDetection build() {
      return new CreateCallRequestMachineDetection(this);
    }

    private CreateCallRequestMachineDetection _build() {
      return new CreateCallRequestMachineDetection(this);
    }
  }
}
