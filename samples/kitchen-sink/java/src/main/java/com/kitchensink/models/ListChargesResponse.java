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

/** The {@code listCharges} object. */
@JsonModel
@JsonDeserialize(builder = ListChargesResponse.Builder.class)
@JsonPropertyOrder({"object", "data", "has_more"})
public final class ListChargesResponse {
  private final String object;

  private final List<Contact> data;

  private final Boolean hasMore;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private ListChargesResponse(Builder builder) {
    this.object = builder.object;
    this.data = Checks.copy(builder.data);
    this.hasMore = builder.hasMore;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code object} property. */
  public String object() {
    return Checks.decoded(object, "object");
  }

  @JsonProperty(value = "object", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _object() {
    return object;
  }

  /** The {@code data} property. */
  public List<Contact> data() {
    return Checks.decoded(data, "data");
  }

  @JsonProperty(value = "data", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<Contact> _data() {
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
    if (!(other instanceof ListChargesResponse)) {
      return false;
    }
    ListChargesResponse that = (ListChargesResponse) other;
    return Objects.equals(this.object, that.object)
        && Objects.equals(this.data, that.data)
        && Objects.equals(this.hasMore, that.hasMore)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, data, hasMore, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "ListChargesResponse{"
        + "object="
        + object
        + ", data="
        + data
        + ", hasMore="
        + hasMore
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link ListChargesResponse} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String object = "list";

    private List<Contact> data;

    private Boolean hasMore;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ListChargesResponse source) {
      this.object = source.object;
      this.data = source.data;
      this.hasMore = source.hasMore;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code object}. */
    public Builder object(String object) {
      this.object = Objects.requireNonNull(object, "object");
      return this;
    }

    @JsonProperty("object")
    private Builder _object(String value) {
      this.object = value;
      return this;
    }

    /** Sets {@code data}. */
    public Builder data(List<Contact> data) {
      this.data = Objects.requireNonNull(data, "data");
      return this;
    }

    @JsonProperty("data")
    private Builder _data(List<Contact> value) {
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
    public ListChargesResponse build() {
      Checks.required(object, "object");
      Checks.required(data, "data");
      Checks.required(hasMore, "hasMore");
      return new ListChargesResponse(this);
    }

    private ListChargesResponse _build() {
      return new ListChargesResponse(this);
    }
  }
}
