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
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code Message} object. */
@JsonModel
@JsonDeserialize(builder = Message.Builder.class)
@JsonPropertyOrder({
  "sid",
  "account_sid",
  "to",
  "from",
  "body",
  "status",
  "direction",
  "num_segments",
  "price",
  "error_code",
  "date_sent",
  "media"
})
public final class Message {
  private final String sid;

  private final String accountSid;

  private final String to;

  private final String from;

  private final String body;

  private final MessageStatus status;

  private final MessageDirection direction;

  private final Integer numSegments;

  private final Optional<Double> price;

  private final Optional<Long> errorCode;

  private final Optional<OffsetDateTime> dateSent;

  private final List<MessageMediaItem> media;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Message(Builder builder) {
    this.sid = builder.sid;
    this.accountSid = builder.accountSid;
    this.to = builder.to;
    this.from = builder.from;
    this.body = builder.body;
    this.status = builder.status;
    this.direction = builder.direction;
    this.numSegments = builder.numSegments;
    this.price = builder.price;
    this.errorCode = builder.errorCode;
    this.dateSent = builder.dateSent;
    this.media = Checks.copy(builder.media);
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

  /** The {@code account_sid} property. */
  public String accountSid() {
    return Checks.decoded(accountSid, "account_sid");
  }

  @JsonProperty(value = "account_sid", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _accountSid() {
    return accountSid;
  }

  /** Personal data, marked for any API; masked in a model's text. */
  public Optional<String> to() {
    return Optional.ofNullable(to);
  }

  @JsonProperty("to")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _to() {
    return to;
  }

  /** Keyword in Python. */
  public Optional<String> from() {
    return Optional.ofNullable(from);
  }

  @JsonProperty("from")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _from() {
    return from;
  }

  /** The {@code body} property. */
  public String body() {
    return Checks.decoded(body, "body");
  }

  @JsonProperty(value = "body", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _body() {
    return body;
  }

  /** The {@code status} property. */
  public MessageStatus status() {
    return Checks.decoded(status, "status");
  }

  @JsonProperty(value = "status", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private MessageStatus _status() {
    return status;
  }

  /** The {@code direction} property. */
  public Optional<MessageDirection> direction() {
    return Optional.ofNullable(direction);
  }

  @JsonProperty("direction")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private MessageDirection _direction() {
    return direction;
  }

  /** The {@code num_segments} property. */
  public int numSegments() {
    return Checks.decoded(numSegments, "num_segments");
  }

  @JsonProperty(value = "num_segments", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Integer _numSegments() {
    return numSegments;
  }

  /** The {@code price} property. */
  public Optional<Double> price() {
    return Checks.present(price);
  }

  @JsonProperty(value = "price", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _price() {
    return Checks.nullable(price);
  }

  /** The {@code error_code} property. */
  public Optional<Long> errorCode() {
    return Checks.present(errorCode);
  }

  @JsonProperty("error_code")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _errorCode() {
    return Checks.nullable(errorCode);
  }

  /** The {@code date_sent} property. */
  public Optional<OffsetDateTime> dateSent() {
    return Checks.present(dateSent);
  }

  @JsonProperty("date_sent")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _dateSent() {
    return Checks.nullable(dateSent);
  }

  /** The {@code media} property. */
  public Optional<List<MessageMediaItem>> media() {
    return Optional.ofNullable(media);
  }

  @JsonProperty("media")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<MessageMediaItem> _media() {
    return media;
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
        && Objects.equals(this.from, that.from)
        && Objects.equals(this.body, that.body)
        && Objects.equals(this.status, that.status)
        && Objects.equals(this.direction, that.direction)
        && Objects.equals(this.numSegments, that.numSegments)
        && Objects.equals(this.price, that.price)
        && Objects.equals(this.errorCode, that.errorCode)
        && Objects.equals(this.dateSent, that.dateSent)
        && Objects.equals(this.media, that.media)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sid,
        accountSid,
        to,
        from,
        body,
        status,
        direction,
        numSegments,
        price,
        errorCode,
        dateSent,
        media,
        additionalProperties,
        mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Message{"
        + "sid="
        + sid
        + ", accountSid="
        + accountSid
        + ", to="
        + Checks.mask(to)
        + ", from="
        + from
        + ", body="
        + body
        + ", status="
        + status
        + ", direction="
        + direction
        + ", numSegments="
        + numSegments
        + ", price="
        + price
        + ", errorCode="
        + errorCode
        + ", dateSent="
        + dateSent
        + ", media="
        + media
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

    private String from;

    private String body;

    private MessageStatus status;

    private MessageDirection direction;

    private Integer numSegments;

    private Optional<Double> price;

    private Optional<Long> errorCode;

    private Optional<OffsetDateTime> dateSent;

    private List<MessageMediaItem> media;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Message source) {
      this.sid = source.sid;
      this.accountSid = source.accountSid;
      this.to = source.to;
      this.from = source.from;
      this.body = source.body;
      this.status = source.status;
      this.direction = source.direction;
      this.numSegments = source.numSegments;
      this.price = source.price;
      this.errorCode = source.errorCode;
      this.dateSent = source.dateSent;
      this.media = source.media;
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

    /** Personal data, marked for any API; masked in a model's text. */
    public Builder to(String to) {
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    @JsonProperty("to")
    private Builder _to(String value) {
      this.to = value;
      return this;
    }

    /** Keyword in Python. */
    public Builder from(String from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    @JsonProperty("from")
    private Builder _from(String value) {
      this.from = value;
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
    public Builder status(MessageStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    @JsonProperty("status")
    private Builder _status(MessageStatus value) {
      this.status = value;
      return this;
    }

    /** Sets {@code direction}. */
    public Builder direction(MessageDirection direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    @JsonProperty("direction")
    private Builder _direction(MessageDirection value) {
      this.direction = value;
      return this;
    }

    /** Sets {@code num_segments}. */
    public Builder numSegments(int numSegments) {
      this.numSegments = numSegments;
      return this;
    }

    @JsonProperty("num_segments")
    private Builder _numSegments(Integer value) {
      this.numSegments = value;
      return this;
    }

    /**
     * Sets {@code price}.
     *
     * <p>Required: pass {@code null} to send JSON {@code null}; {@code build()} fails when it is
     * not set.
     */
    public Builder price(Double price) {
      this.price = Optional.ofNullable(price);
      return this;
    }

    @JsonProperty("price")
    private Builder _price(Double value) {
      this.price = Optional.ofNullable(value);
      return this;
    }

    /**
     * Sets {@code error_code}.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder errorCode(Long errorCode) {
      this.errorCode = Optional.ofNullable(errorCode);
      return this;
    }

    @JsonProperty("error_code")
    private Builder _errorCode(Long value) {
      this.errorCode = Optional.ofNullable(value);
      return this;
    }

    /**
     * Sets {@code date_sent}.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder dateSent(OffsetDateTime dateSent) {
      this.dateSent = Optional.ofNullable(dateSent);
      return this;
    }

    @JsonProperty("date_sent")
    private Builder _dateSent(OffsetDateTime value) {
      this.dateSent = Optional.ofNullable(value);
      return this;
    }

    /** Sets {@code media}. */
    public Builder media(List<MessageMediaItem> media) {
      this.media = Objects.requireNonNull(media, "media");
      return this;
    }

    @JsonProperty("media")
    private Builder _media(List<MessageMediaItem> value) {
      this.media = value;
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
      Checks.required(sid, "sid");
      Checks.required(accountSid, "accountSid");
      Checks.required(body, "body");
      Checks.required(status, "status");
      Checks.required(numSegments, "numSegments");
      Checks.required(price, "price");
      return new Message(this);
    }

    private Message _build() {
      return new Message(this);
    }
  }
}
