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

/** The {@code Reminder} object. */
@JsonModel
@JsonDeserialize(builder = Reminder.Builder.class)
@JsonPropertyOrder({"sid", "remind_at", "date_created", "note"})
public final class Reminder {
  private final String sid;

  private final OffsetDateTime remindAt;

  private final Optional<OffsetDateTime> dateCreated;

  private final String note;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Reminder(Builder builder) {
    this.sid = builder.sid;
    this.remindAt = builder.remindAt;
    this.dateCreated = builder.dateCreated;
    this.note = builder.note;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code sid} property. */
  public String sid() {
    return Checks.decoded(sid, "sid");
  }

  @JsonProperty(value = "sid", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _sid() {
    return sid;
  }

  /** The {@code remind_at} property. */
  public OffsetDateTime remindAt() {
    return Checks.decoded(remindAt, "remind_at");
  }

  @JsonProperty(value = "remind_at", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonSerialize(using = Rfc2822.Serializer.class)
  private OffsetDateTime _remindAt() {
    return remindAt;
  }

  /** The {@code date_created} property. */
  public Optional<OffsetDateTime> dateCreated() {
    return Checks.present(dateCreated);
  }

  @JsonProperty("date_created")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonSerialize(using = Rfc2822.Serializer.class)
  private Object _dateCreated() {
    return Checks.nullable(dateCreated);
  }

  /** The {@code note} property. */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  @JsonProperty("note")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _note() {
    return note;
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
    if (!(other instanceof Reminder)) {
      return false;
    }
    Reminder that = (Reminder) other;
    return Objects.equals(this.sid, that.sid)
        && Objects.equals(this.remindAt, that.remindAt)
        && Objects.equals(this.dateCreated, that.dateCreated)
        && Objects.equals(this.note, that.note)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sid, remindAt, dateCreated, note, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Reminder{"
        + "sid="
        + sid
        + ", remindAt="
        + remindAt
        + ", dateCreated="
        + dateCreated
        + ", note="
        + note
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link Reminder} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String sid;

    private OffsetDateTime remindAt;

    private Optional<OffsetDateTime> dateCreated;

    private String note;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Reminder source) {
      this.sid = source.sid;
      this.remindAt = source.remindAt;
      this.dateCreated = source.dateCreated;
      this.note = source.note;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code sid}. */
    public Builder sid(String sid) {
      this.sid = Objects.requireNonNull(sid, "sid");
      return this;
    }

    @JsonProperty("sid")
    private Builder _sid(String value) {
      this.sid = value;
      return this;
    }

    /** Sets {@code remind_at}. */
    public Builder remindAt(OffsetDateTime remindAt) {
      this.remindAt = Objects.requireNonNull(remindAt, "remindAt");
      return this;
    }

    @JsonProperty("remind_at")
    private Builder _remindAt(OffsetDateTime value) {
      this.remindAt = value;
      return this;
    }

    /**
     * Sets {@code date_created}.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder dateCreated(OffsetDateTime dateCreated) {
      this.dateCreated = Optional.ofNullable(dateCreated);
      return this;
    }

    @JsonProperty("date_created")
    private Builder _dateCreated(OffsetDateTime value) {
      this.dateCreated = Optional.ofNullable(value);
      return this;
    }

    /** Sets {@code note}. */
    public Builder note(String note) {
      this.note = Objects.requireNonNull(note, "note");
      return this;
    }

    @JsonProperty("note")
    private Builder _note(String value) {
      this.note = value;
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
    public Reminder build() {
      Checks.required(sid, "sid");
      Checks.required(remindAt, "remindAt");
      return new Reminder(this);
    }

    private Reminder _build() {
      return new Reminder(this);
    }
  }
}
