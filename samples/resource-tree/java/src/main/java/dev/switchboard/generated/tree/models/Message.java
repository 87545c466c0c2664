package dev.switchboard.generated.tree.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.switchboard.generated.tree.core.Checks;
import dev.switchboard.generated.tree.core.JsonModel;
import dev.switchboard.generated.tree.core.Mismatches;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code Message} object. */
@JsonModel
@JsonDeserialize(builder = Message.Builder.class)
@JsonPropertyOrder({"sid", "account_sid", "to", "body", "status"})
public final class Message {
  private final String sid;

  private final String accountSid;

  private final String to;

  private final String body;

  private final String status;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Message(Builder builder) {
    this.sid = builder.sid;
    this.accountSid = builder.accountSid;
    this.to = builder.to;
    this.body = builder.body;
    this.status = builder.status;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code sid} property. */
  public Optional<String> sid() {
    return Optional.ofNullable(sid);
  }

  @JsonProperty("sid")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _sid() {
    return sid;
  }

  /** The {@code account_sid} property. */
  public Optional<String> accountSid() {
    return Optional.ofNullable(accountSid);
  }

  @JsonProperty("account_sid")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _accountSid() {
    return accountSid;
  }

  /** The {@code to} property. */
  public Optional<String> to() {
    return Optional.ofNullable(to);
  }

  @JsonProperty("to")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _to() {
    return to;
  }

  /** The {@code body} property. */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  @JsonProperty("body")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _body() {
    return body;
  }

  /** The {@code status} property. */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  @JsonProperty("status")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _status() {
    return status;
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
    if (!(other instanceof Message)) {
      return false;
    }
    Message that = (Message) other;
    return Objects.equals(this.sid, that.sid)
        && Objects.equals(this.accountSid, that.accountSid)
        && Objects.equals(this.to, that.to)
        && Objects.equals(this.body, that.body)
        && Objects.equals(this.status, that.status)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sid, accountSid, to, body, status, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Message{"
        + "sid="
        + sid
        + ", accountSid="
        + accountSid
        + ", to="
        + to
        + ", body="
        + body
        + ", status="
        + status
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link Message} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String sid;

    private String accountSid;

    private String to;

    private String body;

    private String status;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Message source) {
      this.sid = source.sid;
      this.accountSid = source.accountSid;
      this.to = source.to;
      this.body = source.body;
      this.status = source.status;
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

    /** Sets {@code account_sid}. */
    public Builder accountSid(String accountSid) {
      this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
      return this;
    }

    @JsonProperty("account_sid")
    private Builder _accountSid(String value) {
      this.accountSid = value;
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

    /** Sets {@code body}. */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    @JsonProperty("body")
    private Builder _body(String value) {
      this.body = value;
      return this;
    }

    /** Sets {@code status}. */
    public Builder status(String status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    @JsonProperty("status")
    private Builder _status(String value) {
      this.status = value;
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
    public Message build() {
      return new Message(this);
    }

    private Message _build() {
      return new Message(this);
    }
  }
}
