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

/** The {@code Recording} object. */
@JsonModel
@JsonDeserialize(builder = Recording.Builder.class)
@JsonPropertyOrder({"id", "duration_seconds", "channels", "label", "checksum"})
public final class Recording {
  private final String id;

  private final Float durationSeconds;

  private final RecordingChannels channels;

  private final String label;

  private final String checksum;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Recording(Builder builder) {
    this.id = builder.id;
    this.durationSeconds = builder.durationSeconds;
    this.channels = builder.channels;
    this.label = builder.label;
    this.checksum = builder.checksum;
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

  /** The {@code duration_seconds} property. */
  public float durationSeconds() {
    return Checks.decoded(durationSeconds, "duration_seconds");
  }

  @JsonProperty(value = "duration_seconds", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Float _durationSeconds() {
    return durationSeconds;
  }

  /** The {@code channels} property. */
  public RecordingChannels channels() {
    return Checks.decoded(channels, "channels");
  }

  @JsonProperty(value = "channels", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private RecordingChannels _channels() {
    return channels;
  }

  /** The {@code label} property. */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  @JsonProperty("label")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _label() {
    return label;
  }

  /** Base64-encoded SHA-256 of the media. */
  public Optional<String> checksum() {
    return Optional.ofNullable(checksum);
  }

  @JsonProperty("checksum")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _checksum() {
    return checksum;
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
    if (!(other instanceof Recording)) {
      return false;
    }
    Recording that = (Recording) other;
    return Objects.equals(this.id, that.id)
        && Objects.equals(this.durationSeconds, that.durationSeconds)
        && Objects.equals(this.channels, that.channels)
        && Objects.equals(this.label, that.label)
        && Objects.equals(this.checksum, that.checksum)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, durationSeconds, channels, label, checksum, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Recording{"
        + "id="
        + id
        + ", durationSeconds="
        + durationSeconds
        + ", channels="
        + channels
        + ", label="
        + label
        + ", checksum="
        + checksum
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link Recording} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String id;

    private Float durationSeconds;

    private RecordingChannels channels;

    private String label;

    private String checksum;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Recording source) {
      this.id = source.id;
      this.durationSeconds = source.durationSeconds;
      this.channels = source.channels;
      this.label = source.label;
      this.checksum = source.checksum;
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

    /** Sets {@code duration_seconds}. */
    public Builder durationSeconds(float durationSeconds) {
      this.durationSeconds = durationSeconds;
      return this;
    }

    @JsonProperty("duration_seconds")
    private Builder _durationSeconds(Float value) {
      this.durationSeconds = value;
      return this;
    }

    /** Sets {@code channels}. */
    public Builder channels(RecordingChannels channels) {
      this.channels = Objects.requireNonNull(channels, "channels");
      return this;
    }

    @JsonProperty("channels")
    private Builder _channels(RecordingChannels value) {
      this.channels = value;
      return this;
    }

    /** Sets {@code label}. */
    public Builder label(String label) {
      this.label = Objects.requireNonNull(label, "label");
      return this;
    }

    @JsonProperty("label")
    private Builder _label(String value) {
      this.label = value;
      return this;
    }

    /** Base64-encoded SHA-256 of the media. */
    public Builder checksum(String checksum) {
      this.checksum = Objects.requireNonNull(checksum, "checksum");
      return this;
    }

    @JsonProperty("checksum")
    private Builder _checksum(String value) {
      this.checksum = value;
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
    public Recording build() {
      Checks.required(id, "id");
      Checks.required(durationSeconds, "durationSeconds");
      Checks.required(channels, "channels");
      return new Recording(this);
    }

    private Recording _build() {
      return new Recording(this);
    }
  }
}
