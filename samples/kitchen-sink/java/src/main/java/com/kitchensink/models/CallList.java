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

/** The {@code CallList} object. */
@JsonModel
@JsonDeserialize(builder = CallList.Builder.class)
@JsonPropertyOrder({"data", "has_more", "next_cursor"})
public final class CallList {
  private final List<Call> data;

  private final Boolean hasMore;

  private final Optional<String> nextCursor;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private CallList(Builder builder) {
    this.data = Checks.copy(builder.data);
    this.hasMore = builder.hasMore;
    this.nextCursor = builder.nextCursor;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code data} property. */
  public List<Call> data() {
    return Checks.decoded(data, "data");
  }

  @JsonProperty(value = "data", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<Call> _data() {
    return data;
  }

  /** The {@code has_more} property. */
  public boolean hasMore() {
    return Checks.decoded(hasMore, "has_more");
  }

  @JsonProperty(value = "has_more", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean _hasMore() {
    return hasMore;
  }

  /** The {@code next_cursor} property. */
  public Optional<String> nextCursor() {
    return Checks.present(nextCursor);
  }

  @JsonProperty("next_cursor")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _nextCursor() {
    return Checks.nullable(nextCursor);
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
    if (!(other instanceof CallList)) {
      return false;
    }
    CallList that = (CallList) other;
    return Objects.equals(this.data, that.data)
        && Objects.equals(this.hasMore, that.hasMore)
        && Objects.equals(this.nextCursor, that.nextCursor)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, hasMore, nextCursor, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "CallList{"
        + "data="
        + data
        + ", hasMore="
        + hasMore
        + ", nextCursor="
        + nextCursor
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link CallList} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private List<Call> data;

    private Boolean hasMore;

    private Optional<String> nextCursor;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(CallList source) {
      this.data = source.data;
      this.hasMore = source.hasMore;
      this.nextCursor = source.nextCursor;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code data}. */
    public Builder data(List<Call> data) {
      this.data = Objects.requireNonNull(data, "data");
      return this;
    }

    @JsonProperty("data")
    private Builder _data(List<Call> value) {
      this.data = value;
      return this;
    }

    /** Sets {@code has_more}. */
    public Builder hasMore(boolean hasMore) {
      this.hasMore = hasMore;
      return this;
    }

    @JsonProperty("has_more")
    private Builder _hasMore(Boolean value) {
      this.hasMore = value;
      return this;
    }

    /**
     * Sets {@code next_cursor}.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder nextCursor(String nextCursor) {
      this.nextCursor = Optional.ofNullable(nextCursor);
      return this;
    }

    @JsonProperty("next_cursor")
    private Builder _nextCursor(String value) {
      this.nextCursor = Optional.ofNullable(value);
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
    public CallList build() {
      Checks.required(data, "data");
      Checks.required(hasMore, "hasMore");
      return new CallList(this);
    }

    private CallList _build() {
      return new CallList(this);
    }
  }
}
