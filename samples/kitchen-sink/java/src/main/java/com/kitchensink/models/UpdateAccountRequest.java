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

/** The {@code UpdateAccountRequest} object. */
@JsonModel
@JsonDeserialize(builder = UpdateAccountRequest.Builder.class)
@JsonPropertyOrder({
  "FriendlyName",
  "Status",
  "StatusCallback",
  "StatusCallbackEvent",
  "VoiceEnabled"
})
public final class UpdateAccountRequest {
  private final String friendlyName;

  private final UpdateAccountRequestStatus status;

  private final String statusCallback;

  private final List<String> statusCallbackEvent;

  private final Boolean voiceEnabled;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private UpdateAccountRequest(Builder builder) {
    this.friendlyName = builder.friendlyName;
    this.status = builder.status;
    this.statusCallback = builder.statusCallback;
    this.statusCallbackEvent = Checks.copy(builder.statusCallbackEvent);
    this.voiceEnabled = builder.voiceEnabled;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code FriendlyName} property. */
  public Optional<String> friendlyName() {
    return Optional.ofNullable(friendlyName);
  }

  @JsonProperty("FriendlyName")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _friendlyName() {
    return friendlyName;
  }

  /** The {@code Status} property. */
  public Optional<UpdateAccountRequestStatus> status() {
    return Optional.ofNullable(status);
  }

  @JsonProperty("Status")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private UpdateAccountRequestStatus _status() {
    return status;
  }

  /** The {@code StatusCallback} property. */
  public Optional<String> statusCallback() {
    return Optional.ofNullable(statusCallback);
  }

  @JsonProperty("StatusCallback")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _statusCallback() {
    return statusCallback;
  }

  /** The {@code StatusCallbackEvent} property. */
  public Optional<List<String>> statusCallbackEvent() {
    return Optional.ofNullable(statusCallbackEvent);
  }

  @JsonProperty("StatusCallbackEvent")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<String> _statusCallbackEvent() {
    return statusCallbackEvent;
  }

  /** The {@code VoiceEnabled} property. */
  public Optional<Boolean> voiceEnabled() {
    return Optional.ofNullable(voiceEnabled);
  }

  @JsonProperty("VoiceEnabled")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean _voiceEnabled() {
    return voiceEnabled;
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
    if (!(other instanceof UpdateAccountRequest)) {
      return false;
    }
    UpdateAccountRequest that = (UpdateAccountRequest) other;
    return Objects.equals(this.friendlyName, that.friendlyName)
        && Objects.equals(this.status, that.status)
        && Objects.equals(this.statusCallback, that.statusCallback)
        && Objects.equals(this.statusCallbackEvent, that.statusCallbackEvent)
        && Objects.equals(this.voiceEnabled, that.voiceEnabled)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        friendlyName,
        status,
        statusCallback,
        statusCallbackEvent,
        voiceEnabled,
        additionalProperties,
        mismatchedProperties);
  }

  @Override
  public String toString() {
    return "UpdateAccountRequest{"
        + "friendlyName="
        + friendlyName
        + ", status="
        + status
        + ", statusCallback="
        + statusCallback
        + ", statusCallbackEvent="
        + statusCallbackEvent
        + ", voiceEnabled="
        + voiceEnabled
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link UpdateAccountRequest} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String friendlyName;

    private UpdateAccountRequestStatus status;

    private String statusCallback;

    private List<String> statusCallbackEvent;

    private Boolean voiceEnabled;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(UpdateAccountRequest source) {
      this.friendlyName = source.friendlyName;
      this.status = source.status;
      this.statusCallback = source.statusCallback;
      this.statusCallbackEvent = source.statusCallbackEvent;
      this.voiceEnabled = source.voiceEnabled;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code FriendlyName}. */
    public Builder friendlyName(String friendlyName) {
      this.friendlyName = Objects.requireNonNull(friendlyName, "friendlyName");
      return this;
    }

    @JsonProperty("FriendlyName")
    private Builder _friendlyName(String value) {
      this.friendlyName = value;
      return this;
    }

    /** Sets {@code Status}. */
    public Builder status(UpdateAccountRequestStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    @JsonProperty("Status")
    private Builder _status(UpdateAccountRequestStatus value) {
      this.status = value;
      return this;
    }

    /** Sets {@code StatusCallback}. */
    public Builder statusCallback(String statusCallback) {
      this.statusCallback = Objects.requireNonNull(statusCallback, "statusCallback");
      return this;
    }

    @JsonProperty("StatusCallback")
    private Builder _statusCallback(String value) {
      this.statusCallback = value;
      return this;
    }

    /** Sets {@code StatusCallbackEvent}. */
    public Builder statusCallbackEvent(List<String> statusCallbackEvent) {
      this.statusCallbackEvent = Objects.requireNonNull(statusCallbackEvent, "statusCallbackEvent");
      return this;
    }

    @JsonProperty("StatusCallbackEvent")
    private Builder _statusCallbackEvent(List<String> value) {
      this.statusCallbackEvent = value;
      return this;
    }

    /** Sets {@code VoiceEnabled}. */
    public Builder voiceEnabled(boolean voiceEnabled) {
      this.voiceEnabled = voiceEnabled;
      return this;
    }

    @JsonProperty("VoiceEnabled")
    private Builder _voiceEnabled(Boolean value) {
      this.voiceEnabled = value;
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
    public UpdateAccountRequest build() {
      return new UpdateAccountRequest(this);
    }

    private UpdateAccountRequest _build() {
      return new UpdateAccountRequest(this);
    }
  }
}
