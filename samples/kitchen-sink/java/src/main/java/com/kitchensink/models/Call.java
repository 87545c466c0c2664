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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code Call} object. */
@JsonModel
@JsonDeserialize(builder = Call.Builder.class)
@JsonPropertyOrder({
  "id",
  "status",
  "to",
  "from",
  "created_at",
  "answered_on",
  "duration_seconds",
  "recording",
  "metadata"
})
public final class Call {
  private final Long id;

  private final CallStatus status;

  private final String to;

  private final String from;

  private final OffsetDateTime createdAt;

  private final Optional<LocalDate> answeredOn;

  private final Optional<Long> durationSeconds;

  private final Optional<Recording> recording;

  private final Map<String, JsonNode> metadata;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Call(Builder builder) {
    this.id = builder.id;
    this.status = builder.status;
    this.to = builder.to;
    this.from = builder.from;
    this.createdAt = builder.createdAt;
    this.answeredOn = builder.answeredOn;
    this.durationSeconds = builder.durationSeconds;
    this.recording = builder.recording;
    this.metadata = Checks.copy(builder.metadata);
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** Ids exceed 2^53; JavaScript numbers lose precision here. */
  public long id() {
    return Checks.decoded(id, "id");
  }

  @JsonProperty(value = "id", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Long _id() {
    return id;
  }

  /** The {@code status} property. */
  public CallStatus status() {
    return Checks.decoded(status, "status");
  }

  @JsonProperty(value = "status", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private CallStatus _status() {
    return status;
  }

  /** The {@code to} property. */
  public String to() {
    return Checks.decoded(to, "to");
  }

  @JsonProperty(value = "to", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _to() {
    return to;
  }

  /** The {@code from} property. */
  public String from() {
    return Checks.decoded(from, "from");
  }

  @JsonProperty(value = "from", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _from() {
    return from;
  }

  /** The {@code created_at} property. */
  public OffsetDateTime createdAt() {
    return Checks.decoded(createdAt, "created_at");
  }

  @JsonProperty(value = "created_at", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private OffsetDateTime _createdAt() {
    return createdAt;
  }

  /** The {@code answered_on} property. */
  public Optional<LocalDate> answeredOn() {
    return Checks.present(answeredOn);
  }

  @JsonProperty("answered_on")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _answeredOn() {
    return Checks.nullable(answeredOn);
  }

  /** The {@code duration_seconds} property. */
  public Optional<Long> durationSeconds() {
    return Checks.present(durationSeconds);
  }

  @JsonProperty("duration_seconds")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _durationSeconds() {
    return Checks.nullable(durationSeconds);
  }

  /** Present only when the call was recorded; null when recording failed. */
  public Optional<Recording> recording() {
    return Checks.present(recording);
  }

  @JsonProperty("recording")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _recording() {
    return Checks.nullable(recording);
  }

  /** The {@code metadata} property. */
  public Optional<Map<String, JsonNode>> metadata() {
    return Optional.ofNullable(metadata);
  }

  @JsonProperty("metadata")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, JsonNode> _metadata() {
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
    if (!(other instanceof Call)) {
      return false;
    }
    Call that = (Call) other;
    return Objects.equals(this.id, that.id)
        && Objects.equals(this.status, that.status)
        && Objects.equals(this.to, that.to)
        && Objects.equals(this.from, that.from)
        && Objects.equals(this.createdAt, that.createdAt)
        && Objects.equals(this.answeredOn, that.answeredOn)
        && Objects.equals(this.durationSeconds, that.durationSeconds)
        && Objects.equals(this.recording, that.recording)
        && Objects.equals(this.metadata, that.metadata)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        status,
        to,
        from,
        createdAt,
        answeredOn,
        durationSeconds,
        recording,
        metadata,
        additionalProperties,
        mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Call{"
        + "id="
        + id
        + ", status="
        + status
        + ", to="
        + to
        + ", from="
        + from
        + ", createdAt="
        + createdAt
        + ", answeredOn="
        + answeredOn
        + ", durationSeconds="
        + durationSeconds
        + ", recording="
        + recording
        + ", metadata="
        + metadata
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link Call} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private Long id;

    private CallStatus status;

    private String to;

    private String from;

    private OffsetDateTime createdAt;

    private Optional<LocalDate> answeredOn;

    private Optional<Long> durationSeconds;

    private Optional<Recording> recording;

    private Map<String, JsonNode> metadata;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Call source) {
      this.id = source.id;
      this.status = source.status;
      this.to = source.to;
      this.from = source.from;
      this.createdAt = source.createdAt;
      this.answeredOn = source.answeredOn;
      this.durationSeconds = source.durationSeconds;
      this.recording = source.recording;
      this.metadata = source.metadata;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Ids exceed 2^53; JavaScript numbers lose precision here. */
    public Builder id(long id) {
      this.id = id;
      return this;
    }

    @JsonProperty("id")
    private Builder _id(Long value) {
      this.id = value;
      return this;
    }

    /** Sets {@code status}. */
    public Builder status(CallStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    @JsonProperty("status")
    private Builder _status(CallStatus value) {
      this.status = value;
      return this;
    }

    /** Sets {@code to}. */
    public Builder to(String to) {
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    @JsonProperty("to")
    private Builder _to(String value) {
      this.to = value;
      return this;
    }

    /** Sets {@code from}. */
    public Builder from(String from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    @JsonProperty("from")
    private Builder _from(String value) {
      this.from = value;
      return this;
    }

    /** Sets {@code created_at}. */
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    @JsonProperty("created_at")
    private Builder _createdAt(OffsetDateTime value) {
      this.createdAt = value;
      return this;
    }

    /**
     * Sets {@code answered_on}.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder answeredOn(LocalDate answeredOn) {
      this.answeredOn = Optional.ofNullable(answeredOn);
      return this;
    }

    @JsonProperty("answered_on")
    private Builder _answeredOn(LocalDate value) {
      this.answeredOn = Optional.ofNullable(value);
      return this;
    }

    /**
     * Sets {@code duration_seconds}.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder durationSeconds(Long durationSeconds) {
      this.durationSeconds = Optional.ofNullable(durationSeconds);
      return this;
    }

    @JsonProperty("duration_seconds")
    private Builder _durationSeconds(Long value) {
      this.durationSeconds = Optional.ofNullable(value);
      return this;
    }

    /**
     * Present only when the call was recorded; null when recording failed.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder recording(Recording recording) {
      this.recording = Optional.ofNullable(recording);
      return this;
    }

    @JsonProperty("recording")
    private Builder _recording(Recording value) {
      this.recording = Optional.ofNullable(value);
      return this;
    }

    /** Sets {@code metadata}. */
    public Builder metadata(Map<String, JsonNode> metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata");
      return this;
    }

    @JsonProperty("metadata")
    private Builder _metadata(Map<String, JsonNode> value) {
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
    public Call build() {
      Checks.required(id, "id");
      Checks.required(status, "status");
      Checks.required(to, "to");
      Checks.required(from, "from");
      Checks.required(createdAt, "createdAt");
      return new Call(this);
    }

    private Call _build() {
      return new Call(this);
    }
  }
}
