package com.kitchensink.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.kitchensink.core.Checks;
import com.kitchensink.core.JsonModel;
import com.kitchensink.core.Mismatches;
import com.kitchensink.core.Rfc2822;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Repeats the reminder; a nested input, given as a model or as plain data. */
@JsonModel
@JsonDeserialize(builder = CreateReminderRequestRepeat.Builder.class)
@JsonPropertyOrder({"Until", "EveryHours"})
public final class CreateReminderRequestRepeat {
  private final OffsetDateTime until;

  private final Double everyHours;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private CreateReminderRequestRepeat(Builder builder) {
    this.until = builder.until;
    this.everyHours = builder.everyHours;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code Until} property. */
  public Optional<OffsetDateTime> until() {
    return Optional.ofNullable(until);
  }

  @JsonProperty("Until")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonSerialize(using = Rfc2822.Serializer.class)
  private OffsetDateTime _until() {
    return until;
  }

  /** The {@code EveryHours} property. */
  public Optional<Double> everyHours() {
    return Optional.ofNullable(everyHours);
  }

  @JsonProperty("EveryHours")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Double _everyHours() {
    return everyHours;
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
    if (!(other instanceof CreateReminderRequestRepeat)) {
      return false;
    }
    CreateReminderRequestRepeat that = (CreateReminderRequestRepeat) other;
    return Objects.equals(this.until, that.until)
        && Objects.equals(this.everyHours, that.everyHours)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(until, everyHours, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "CreateReminderRequestRepeat{"
        + "until="
        + until
        + ", everyHours="
        + everyHours
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link CreateReminderRequestRepeat} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private OffsetDateTime until;

    private Double everyHours;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(CreateReminderRequestRepeat source) {
      this.until = source.until;
      this.everyHours = source.everyHours;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code Until}. */
    public Builder until(OffsetDateTime until) {
      this.until = Objects.requireNonNull(until, "until");
      return this;
    }

    @JsonProperty("Until")
    private Builder _until(OffsetDateTime value) {
      this.until = value;
      return this;
    }

    /** Sets {@code EveryHours}. */
    public Builder everyHours(double everyHours) {
      this.everyHours = everyHours;
      return this;
    }

    @JsonProperty("EveryHours")
    private Builder _everyHours(Double value) {
      this.everyHours = value;
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
    public CreateReminderRequestRepeat build() {
      return new CreateReminderRequestRepeat(this);
    }

    private CreateReminderRequestRepeat _build() {
      return new CreateReminderRequestRepeat(this);
    }
  }
}
