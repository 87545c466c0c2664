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

/** The {@code FeedbackSummary} object. */
@JsonModel
@JsonDeserialize(builder = FeedbackSummary.Builder.class)
@JsonPropertyOrder({"sid", "call_count"})
public final class FeedbackSummary {
  private final String sid;

  private final Long callCount;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private FeedbackSummary(Builder builder) {
    this.sid = builder.sid;
    this.callCount = builder.callCount;
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

  /** The {@code call_count} property. */
  public Optional<Long> callCount() {
    return Optional.ofNullable(callCount);
  }

  @JsonProperty("call_count")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Long _callCount() {
    return callCount;
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
    if (!(other instanceof FeedbackSummary)) {
      return false;
    }
    FeedbackSummary that = (FeedbackSummary) other;
    return Objects.equals(this.sid, that.sid)
        && Objects.equals(this.callCount, that.callCount)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sid, callCount, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "FeedbackSummary{"
        + "sid="
        + sid
        + ", callCount="
        + callCount
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link FeedbackSummary} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String sid;

    private Long callCount;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(FeedbackSummary source) {
      this.sid = source.sid;
      this.callCount = source.callCount;
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

    /** Sets {@code call_count}. */
    public Builder callCount(long callCount) {
      this.callCount = callCount;
      return this;
    }

    @JsonProperty("call_count")
    private Builder _callCount(Long value) {
      this.callCount = value;
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
    public FeedbackSummary build() {
      return new FeedbackSummary(this);
    }

    private FeedbackSummary _build() {
      return new FeedbackSummary(this);
    }
  }
}
