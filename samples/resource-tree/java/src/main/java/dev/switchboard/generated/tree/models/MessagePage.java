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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code MessagePage} object. */
@JsonModel
@JsonDeserialize(builder = MessagePage.Builder.class)
@JsonPropertyOrder({"messages", "next_page_uri"})
public final class MessagePage {
  private final List<Message> messages;

  private final Optional<String> nextPageUri;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private MessagePage(Builder builder) {
    this.messages = Checks.copy(builder.messages);
    this.nextPageUri = builder.nextPageUri;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code messages} property. */
  public Optional<List<Message>> messages() {
    return Optional.ofNullable(messages);
  }

  @JsonProperty("messages")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<Message> _messages() {
    return messages;
  }

  /** The {@code next_page_uri} property. */
  public Optional<String> nextPageUri() {
    return Checks.present(nextPageUri);
  }

  @JsonProperty("next_page_uri")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _nextPageUri() {
    return Checks.nullable(nextPageUri);
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
    if (!(other instanceof MessagePage)) {
      return false;
    }
    MessagePage that = (MessagePage) other;
    return Objects.equals(this.messages, that.messages)
        && Objects.equals(this.nextPageUri, that.nextPageUri)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(messages, nextPageUri, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "MessagePage{"
        + "messages="
        + messages
        + ", nextPageUri="
        + nextPageUri
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link MessagePage} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private List<Message> messages;

    private Optional<String> nextPageUri;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(MessagePage source) {
      this.messages = source.messages;
      this.nextPageUri = source.nextPageUri;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code messages}. */
    public Builder messages(List<Message> messages) {
      this.messages = Objects.requireNonNull(messages, "messages");
      return this;
    }

    @JsonProperty("messages")
    private Builder _messages(List<Message> value) {
      this.messages = value;
      return this;
    }

    /**
     * Sets {@code next_page_uri}.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder nextPageUri(String nextPageUri) {
      this.nextPageUri = Optional.ofNullable(nextPageUri);
      return this;
    }

    @JsonProperty("next_page_uri")
    private Builder _nextPageUri(String value) {
      this.nextPageUri = Optional.ofNullable(value);
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
    public MessagePage build() {
      return new MessagePage(this);
    }

    private MessagePage _build() {
      return new MessagePage(this);
    }
  }
}
