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

/** The {@code CreateReminderRequest} object. */
@JsonModel
@JsonDeserialize(builder = CreateReminderRequest.Builder.class)
@JsonPropertyOrder({"RemindAt", "Note", "Repeat"})
public final class CreateReminderRequest {
  private final OffsetDateTime remindAt;

  private final String note;

  private final CreateReminderRequestRepeat repeat;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private CreateReminderRequest(Builder builder) {
    this.remindAt = builder.remindAt;
    this.note = builder.note;
    this.repeat = builder.repeat;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code RemindAt} property. */
  public OffsetDateTime remindAt() {
    return Checks.decoded(remindAt, "RemindAt");
  }

  @JsonProperty(value = "RemindAt", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonSerialize(using = Rfc2822.Serializer.class)
  private OffsetDateTime _remindAt() {
    return remindAt;
  }

  /** The {@code Note} property. */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  @JsonProperty("Note")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _note() {
    return note;
  }

  /** Repeats the reminder; a nested input, given as a model or as plain data. */
  public Optional<CreateReminderRequestRepeat> repeat() {
    return Optional.ofNullable(repeat);
  }

  @JsonProperty("Repeat")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private CreateReminderRequestRepeat _repeat() {
    return repeat;
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
    if (!(other instanceof CreateReminderRequest)) {
      return false;
    }
    CreateReminderRequest that = (CreateReminderRequest) other;
    return Objects.equals(this.remindAt, that.remindAt)
        && Objects.equals(this.note, that.note)
        && Objects.equals(this.repeat, that.repeat)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(remindAt, note, repeat, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "CreateReminderRequest{"
        + "remindAt="
        + remindAt
        + ", note="
        + note
        + ", repeat="
        + repeat
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link CreateReminderRequest} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private OffsetDateTime remindAt;

    private String note;

    private CreateReminderRequestRepeat repeat;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(CreateReminderRequest source) {
      this.remindAt = source.remindAt;
      this.note = source.note;
      this.repeat = source.repeat;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code RemindAt}. */
    public Builder remindAt(OffsetDateTime remindAt) {
      this.remindAt = Objects.requireNonNull(remindAt, "remindAt");
      return this;
    }

    @JsonProperty("RemindAt")
    private Builder _remindAt(OffsetDateTime value) {
      this.remindAt = value;
      return this;
    }

    /** Sets {@code Note}. */
    public Builder note(String note) {
      this.note = Objects.requireNonNull(note, "note");
      return this;
    }

    @JsonProperty("Note")
    private Builder _note(String value) {
      this.note = value;
      return this;
    }

    /** Repeats the reminder; a nested input, given as a model or as plain data. */
    public Builder repeat(CreateReminderRequestRepeat repeat) {
      this.repeat = Objects.requireNonNull(repeat, "repeat");
      return this;
    }

    @JsonProperty("Repeat")
    private Builder _repeat(CreateReminderRequestRepeat value) {
      this.repeat = value;
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
    public CreateReminderRequest build() {
      Checks.required(remindAt, "remindAt");
      return new CreateReminderRequest(this);
    }

    private CreateReminderRequest _build() {
      return new CreateReminderRequest(this);
    }
  }
}
