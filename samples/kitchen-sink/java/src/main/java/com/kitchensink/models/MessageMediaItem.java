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

/** The {@code Message} object. */
@JsonModel
@JsonDeserialize(builder = MessageMediaItem.Builder.class)
@JsonPropertyOrder({"url", "content_type"})
public final class MessageMediaItem {
  private final String url;

  private final String contentType;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private MessageMediaItem(Builder builder) {
    this.url = builder.url;
    this.contentType = builder.contentType;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code url} property. */
  public String url() {
    return Checks.decoded(url, "url");
  }

  @JsonProperty(value = "url", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _url() {
    return url;
  }

  /** The {@code content_type} property. */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  @JsonProperty("content_type")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _contentType() {
    return contentType;
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
    if (!(other instanceof MessageMediaItem)) {
      return false;
    }
    MessageMediaItem that = (MessageMediaItem) other;
    return Objects.equals(this.url, that.url)
        && Objects.equals(this.contentType, that.contentType)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, contentType, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "MessageMediaItem{"
        + "url="
        + url
        + ", contentType="
        + contentType
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link MessageMediaItem} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String url;

    private String contentType;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(MessageMediaItem source) {
      this.url = source.url;
      this.contentType = source.contentType;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code url}. */
    public Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    @JsonProperty("url")
    private Builder _url(String value) {
      this.url = value;
      return this;
    }

    /** Sets {@code content_type}. */
    public Builder contentType(String contentType) {
      this.contentType = Objects.requireNonNull(contentType, "contentType");
      return this;
    }

    @JsonProperty("content_type")
    private Builder _contentType(String value) {
      this.contentType = value;
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
    public MessageMediaItem build() {
      Checks.required(url, "url");
      return new MessageMediaItem(this);
    }

    private MessageMediaItem _build() {
      return new MessageMediaItem(this);
    }
  }
}
