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

/** The {@code CreateCall} object. */
@JsonModel
@JsonDeserialize(builder = CreateCallRequest.Builder.class)
@JsonPropertyOrder({"To", "From"})
public final class CreateCallRequest {
  private final String to;

  private final String from;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private CreateCallRequest(Builder builder) {
    this.to = builder.to;
    this.from = builder.from;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code To} property. */
  public String to() {
    return Checks.decoded(to, "To");
  }

  @JsonProperty(value = "To", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _to() {
    return to;
  }

  /** The {@code From} property. */
  public String from() {
    return Checks.decoded(from, "From");
  }

  @JsonProperty(value = "From", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _from() {
    return from;
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
    if (!(other instanceof CreateCallRequest)) {
      return false;
    }
    CreateCallRequest that = (CreateCallRequest) other;
    return Objects.equals(this.to, that.to)
        && Objects.equals(this.from, that.from)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(to, from, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "CreateCallRequest{"
        + "to="
        + to
        + ", from="
        + from
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link CreateCallRequest} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String to;

    private String from;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(CreateCallRequest source) {
      this.to = source.to;
      this.from = source.from;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code To}. */
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
    public CreateCallRequest build() {
      Checks.required(to, "to");
      Checks.required(from, "from");
      return new CreateCallRequest(this);
    }

    private CreateCallRequest _build() {
      return new CreateCallRequest(this);
    }
  }
}
