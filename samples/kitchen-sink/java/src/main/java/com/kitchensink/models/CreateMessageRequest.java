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

/** The {@code CreateMessageRequest} object. */
@JsonModel
@JsonDeserialize(builder = CreateMessageRequest.Builder.class)
@JsonPropertyOrder({"To", "From", "Body", "MediaUrl", "ValidityPeriod", "SendAt", "ShortenUrls"})
public final class CreateMessageRequest {
  private final String to;

  private final String from;

  private final String body;

  private final List<String> mediaUrl;

  private final Long validityPeriod;

  private final OffsetDateTime sendAt;

  private final Boolean shortenUrls;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private CreateMessageRequest(Builder builder) {
    this.to = builder.to;
    this.from = builder.from;
    this.body = builder.body;
    this.mediaUrl = Checks.copy(builder.mediaUrl);
    this.validityPeriod = builder.validityPeriod;
    this.sendAt = builder.sendAt;
    this.shortenUrls = builder.shortenUrls;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** Destination in E.164 form. */
  public String to() {
    return Checks.decoded(to, "To");
  }

  @JsonProperty(value = "To", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _to() {
    return to;
  }

  /** The {@code From} property. */
  public Optional<String> from() {
    return Optional.ofNullable(from);
  }

  @JsonProperty("From")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _from() {
    return from;
  }

  /** The {@code Body} property. */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  @JsonProperty("Body")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _body() {
    return body;
  }

  /** The {@code MediaUrl} property. */
  public Optional<List<String>> mediaUrl() {
    return Optional.ofNullable(mediaUrl);
  }

  @JsonProperty("MediaUrl")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<String> _mediaUrl() {
    return mediaUrl;
  }

  /** The {@code ValidityPeriod} property. */
  public Optional<Long> validityPeriod() {
    return Optional.ofNullable(validityPeriod);
  }

  @JsonProperty("ValidityPeriod")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Long _validityPeriod() {
    return validityPeriod;
  }

  /** The {@code SendAt} property. */
  public Optional<OffsetDateTime> sendAt() {
    return Optional.ofNullable(sendAt);
  }

  @JsonProperty("SendAt")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private OffsetDateTime _sendAt() {
    return sendAt;
  }

  /** The {@code ShortenUrls} property. */
  public Optional<Boolean> shortenUrls() {
    return Optional.ofNullable(shortenUrls);
  }

  @JsonProperty("ShortenUrls")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean _shortenUrls() {
    return shortenUrls;
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
    if (!(other instanceof CreateMessageRequest)) {
      return false;
    }
    CreateMessageRequest that = (CreateMessageRequest) other;
    return Objects.equals(this.to, that.to)
        && Objects.equals(this.from, that.from)
        && Objects.equals(this.body, that.body)
        && Objects.equals(this.mediaUrl, that.mediaUrl)
        && Objects.equals(this.validityPeriod, that.validityPeriod)
        && Objects.equals(this.sendAt, that.sendAt)
        && Objects.equals(this.shortenUrls, that.shortenUrls)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        to,
        from,
        body,
        mediaUrl,
        validityPeriod,
        sendAt,
        shortenUrls,
        additionalProperties,
        mismatchedProperties);
  }

  @Override
  public String toString() {
    return "CreateMessageRequest{"
        + "to="
        + to
        + ", from="
        + from
        + ", body="
        + body
        + ", mediaUrl="
        + mediaUrl
        + ", validityPeriod="
        + validityPeriod
        + ", sendAt="
        + sendAt
        + ", shortenUrls="
        + shortenUrls
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link CreateMessageRequest} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String to;

    private String from;

    private String body;

    private List<String> mediaUrl;

    private Long validityPeriod;

    private OffsetDateTime sendAt;

    private Boolean shortenUrls;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(CreateMessageRequest source) {
      this.to = source.to;
      this.from = source.from;
      this.body = source.body;
      this.mediaUrl = source.mediaUrl;
      this.validityPeriod = source.validityPeriod;
      this.sendAt = source.sendAt;
      this.shortenUrls = source.shortenUrls;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Destination in E.164 form. */
    public Builder to(String to) {
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    @JsonProperty("To")
    private Builder _to(String value) {
      this.to = value;
      return this;
    }

    /** Sets {@code From}. */
    public Builder from(String from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    @JsonProperty("From")
    private Builder _from(String value) {
      this.from = value;
      return this;
    }

    /** Sets {@code Body}. */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    @JsonProperty("Body")
    private Builder _body(String value) {
      this.body = value;
      return this;
    }

    /** Sets {@code MediaUrl}. */
    public Builder mediaUrl(List<String> mediaUrl) {
      this.mediaUrl = Objects.requireNonNull(mediaUrl, "mediaUrl");
      return this;
    }

    @JsonProperty("MediaUrl")
    private Builder _mediaUrl(List<String> value) {
      this.mediaUrl = value;
      return this;
    }

    /** Sets {@code ValidityPeriod}. */
    public Builder validityPeriod(long validityPeriod) {
      this.validityPeriod = validityPeriod;
      return this;
    }

    @JsonProperty("ValidityPeriod")
    private Builder _validityPeriod(Long value) {
      this.validityPeriod = value;
      return this;
    }

    /** Sets {@code SendAt}. */
    public Builder sendAt(OffsetDateTime sendAt) {
      this.sendAt = Objects.requireNonNull(sendAt, "sendAt");
      return this;
    }

    @JsonProperty("SendAt")
    private Builder _sendAt(OffsetDateTime value) {
      this.sendAt = value;
      return this;
    }

    /** Sets {@code ShortenUrls}. */
    public Builder shortenUrls(boolean shortenUrls) {
      this.shortenUrls = shortenUrls;
      return this;
    }

    @JsonProperty("ShortenUrls")
    private Builder _shortenUrls(Boolean value) {
      this.shortenUrls = value;
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
    public CreateMessageRequest build() {
      Checks.required(to, "to");
      return new CreateMessageRequest(this);
    }

    private CreateMessageRequest _build() {
      return new CreateMessageRequest(this);
    }
  }
}
