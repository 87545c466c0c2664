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

/** The {@code StatusEvent} object. */
@JsonModel
@JsonDeserialize(builder = StatusEvent.Builder.class)
@JsonPropertyOrder({"MessageSid", "MessageStatus", "ErrorCode"})
public final class StatusEvent {
  private final String messageSid;

  private final MessageStatus messageStatus;

  private final String errorCode;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private StatusEvent(Builder builder) {
    this.messageSid = builder.messageSid;
    this.messageStatus = builder.messageStatus;
    this.errorCode = builder.errorCode;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code MessageSid} property. */
  public String messageSid() {
    return Checks.decoded(messageSid, "MessageSid");
  }

  @JsonProperty(value = "MessageSid", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _messageSid() {
    return messageSid;
  }

  /** The {@code MessageStatus} property. */
  public MessageStatus messageStatus() {
    return Checks.decoded(messageStatus, "MessageStatus");
  }

  @JsonProperty(value = "MessageStatus", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private MessageStatus _messageStatus() {
    return messageStatus;
  }

  /** The {@code ErrorCode} property. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  @JsonProperty("ErrorCode")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _errorCode() {
    return errorCode;
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
    if (!(other instanceof StatusEvent)) {
      return false;
    }
    StatusEvent that = (StatusEvent) other;
    return Objects.equals(this.messageSid, that.messageSid)
        && Objects.equals(this.messageStatus, that.messageStatus)
        && Objects.equals(this.errorCode, that.errorCode)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        messageSid, messageStatus, errorCode, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "StatusEvent{"
        + "messageSid="
        + messageSid
        + ", messageStatus="
        + messageStatus
        + ", errorCode="
        + errorCode
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link StatusEvent} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String messageSid;

    private MessageStatus messageStatus;

    private String errorCode;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(StatusEvent source) {
      this.messageSid = source.messageSid;
      this.messageStatus = source.messageStatus;
      this.errorCode = source.errorCode;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code MessageSid}. */
    public Builder messageSid(String messageSid) {
      this.messageSid = Objects.requireNonNull(messageSid, "messageSid");
      return this;
    }

    @JsonProperty("MessageSid")
    private Builder _messageSid(String value) {
      this.messageSid = value;
      return this;
    }

    /** Sets {@code MessageStatus}. */
    public Builder messageStatus(MessageStatus messageStatus) {
      this.messageStatus = Objects.requireNonNull(messageStatus, "messageStatus");
      return this;
    }

    @JsonProperty("MessageStatus")
    private Builder _messageStatus(MessageStatus value) {
      this.messageStatus = value;
      return this;
    }

    /** Sets {@code ErrorCode}. */
    public Builder errorCode(String errorCode) {
      this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
      return this;
    }

    @JsonProperty("ErrorCode")
    private Builder _errorCode(String value) {
      this.errorCode = value;
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
    public StatusEvent build() {
      Checks.required(messageSid, "messageSid");
      Checks.required(messageStatus, "messageStatus");
      return new StatusEvent(this);
    }

    private StatusEvent _build() {
      return new StatusEvent(this);
    }
  }
}
