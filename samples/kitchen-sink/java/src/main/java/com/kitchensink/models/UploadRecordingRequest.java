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
import com.kitchensink.core.UploadFile;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code uploadRecording} object. */
@JsonModel
@JsonDeserialize(builder = UploadRecordingRequest.Builder.class)
@JsonPropertyOrder({"file", "label", "channels", "tags"})
public final class UploadRecordingRequest {
  private final UploadFile file;

  private final String label;

  private final UploadRecordingRequestChannels channels;

  private final List<String> tags;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private UploadRecordingRequest(Builder builder) {
    this.file = builder.file;
    this.label = builder.label;
    this.channels = builder.channels;
    this.tags = Checks.copy(builder.tags);
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code file} property. */
  public UploadFile file() {
    return Checks.decoded(file, "file");
  }

  @JsonProperty(value = "file", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private UploadFile _file() {
    return file;
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

  /** The {@code channels} property. */
  public Optional<UploadRecordingRequestChannels> channels() {
    return Optional.ofNullable(channels);
  }

  @JsonProperty("channels")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private UploadRecordingRequestChannels _channels() {
    return channels;
  }

  /** The {@code tags} property. */
  public Optional<List<String>> tags() {
    return Optional.ofNullable(tags);
  }

  @JsonProperty("tags")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<String> _tags() {
    return tags;
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
    if (!(other instanceof UploadRecordingRequest)) {
      return false;
    }
    UploadRecordingRequest that = (UploadRecordingRequest) other;
    return Objects.equals(this.file, that.file)
        && Objects.equals(this.label, that.label)
        && Objects.equals(this.channels, that.channels)
        && Objects.equals(this.tags, that.tags)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, label, channels, tags, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "UploadRecordingRequest{"
        + "file="
        + file
        + ", label="
        + label
        + ", channels="
        + channels
        + ", tags="
        + tags
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link UploadRecordingRequest} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private UploadFile file;

    private String label;

    private UploadRecordingRequestChannels channels;

    private List<String> tags;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(UploadRecordingRequest source) {
      this.file = source.file;
      this.label = source.label;
      this.channels = source.channels;
      this.tags = source.tags;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code file}. */
    public Builder file(UploadFile file) {
      this.file = Objects.requireNonNull(file, "file");
      return this;
    }

    /** Sets {@code file}: The file at a path, read when the request is sent. */
    public Builder file(Path file) {
      return file(UploadFile.of(file));
    }

    /** Sets {@code file}: The given bytes. */
    public Builder file(byte[] file) {
      return file(UploadFile.of(file));
    }

    /** Sets {@code file}: Everything the stream holds, read now. */
    public Builder file(InputStream file) {
      return file(UploadFile.of(file));
    }

    @JsonProperty("file")
    private Builder _file(UploadFile value) {
      this.file = value;
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

    /** Sets {@code channels}. */
    public Builder channels(UploadRecordingRequestChannels channels) {
      this.channels = Objects.requireNonNull(channels, "channels");
      return this;
    }

    @JsonProperty("channels")
    private Builder _channels(UploadRecordingRequestChannels value) {
      this.channels = value;
      return this;
    }

    /** Sets {@code tags}. */
    public Builder tags(List<String> tags) {
      this.tags = Objects.requireNonNull(tags, "tags");
      return this;
    }

    @JsonProperty("tags")
    private Builder _tags(List<String> value) {
      this.tags = value;
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
    public UploadRecordingRequest build() {
      Checks.required(file, "file");
      return new UploadRecordingRequest(this);
    }

    private UploadRecordingRequest _build() {
      return new UploadRecordingRequest(this);
    }
  }
}
