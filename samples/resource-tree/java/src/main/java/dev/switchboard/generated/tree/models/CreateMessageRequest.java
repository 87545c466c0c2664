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

/** The {@code CreateMessage} object. */
@JsonModel
@JsonDeserialize(builder = CreateMessageRequest.Builder.class)
@JsonPropertyOrder({"To", "Body"})
public final class CreateMessageRequest {
  private final String to;

  private final String body;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private CreateMessageRequest(Builder builder) {
    this.to = builder.to;
    this.body = builder.body;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The recipient. */
  public String to() {
    return Checks.decoded(to, "To");
  }

  @JsonProperty(value = "To", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _to() {
    return to;
  }

  /** The text. */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  @JsonProperty("Body")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _body() {
    return body;
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
        && Objects.equals(this.body, that.body)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(to, body, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "CreateMessageRequest{"
        + "to="
        + to
        + ", body="
        + body
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

    private String body;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(CreateMessageRequest source) {
      this.to = source.to;
      this.body = source.body;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** The recipient. */
    public Builder to(String to) {
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    @JsonProperty("To")
    private Builder _to(String value) {
      this.to = value;
      return this;
    }

    /** The text. */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    @JsonProperty("Body")
    private Builder _body(String value) {
      this.body = value;
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
