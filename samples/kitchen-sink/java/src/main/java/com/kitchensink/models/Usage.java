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

/** The {@code Usage} object. */
@JsonModel
@JsonDeserialize(builder = Usage.Builder.class)
@JsonPropertyOrder({"kind", "counters", "by_category", "raw", "labels", "empty"})
public final class Usage {
  private final String kind;

  private final Map<String, Long> counters;

  private final Map<String, Map<String, Double>> byCategory;

  private final JsonNode raw;

  private final Map<String, JsonNode> labels;

  private final Map<String, JsonNode> empty;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Usage(Builder builder) {
    this.kind = builder.kind;
    this.counters = Checks.copy(builder.counters);
    this.byCategory = Checks.copy(builder.byCategory);
    this.raw = builder.raw;
    this.labels = Checks.copy(builder.labels);
    this.empty = Checks.copy(builder.empty);
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code kind} property. */
  public String kind() {
    return Checks.decoded(kind, "kind");
  }

  @JsonProperty(value = "kind", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _kind() {
    return kind;
  }

  /** The {@code counters} property. */
  public Map<String, Long> counters() {
    return Checks.decoded(counters, "counters");
  }

  @JsonProperty(value = "counters", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Long> _counters() {
    return counters;
  }

  /** The {@code by_category} property. */
  public Optional<Map<String, Map<String, Double>>> byCategory() {
    return Optional.ofNullable(byCategory);
  }

  @JsonProperty("by_category")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, Map<String, Double>> _byCategory() {
    return byCategory;
  }

  /** Free-form JSON of any type. */
  public Optional<JsonNode> raw() {
    return Optional.ofNullable(raw);
  }

  @JsonProperty("raw")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private JsonNode _raw() {
    return raw;
  }

  /** The {@code labels} property. */
  public Optional<Map<String, JsonNode>> labels() {
    return Optional.ofNullable(labels);
  }

  @JsonProperty("labels")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, JsonNode> _labels() {
    return labels;
  }

  /** The {@code empty} property. */
  public Optional<Map<String, JsonNode>> empty() {
    return Optional.ofNullable(empty);
  }

  @JsonProperty("empty")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, JsonNode> _empty() {
    return empty;
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
    if (!(other instanceof Usage)) {
      return false;
    }
    Usage that = (Usage) other;
    return Objects.equals(this.kind, that.kind)
        && Objects.equals(this.counters, that.counters)
        && Objects.equals(this.byCategory, that.byCategory)
        && Objects.equals(this.raw, that.raw)
        && Objects.equals(this.labels, that.labels)
        && Objects.equals(this.empty, that.empty)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kind, counters, byCategory, raw, labels, empty, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Usage{"
        + "kind="
        + kind
        + ", counters="
        + counters
        + ", byCategory="
        + byCategory
        + ", raw="
        + raw
        + ", labels="
        + labels
        + ", empty="
        + empty
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link Usage} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String kind = "usage";

    private Map<String, Long> counters;

    private Map<String, Map<String, Double>> byCategory;

    private JsonNode raw;

    private Map<String, JsonNode> labels;

    private Map<String, JsonNode> empty;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Usage source) {
      this.kind = source.kind;
      this.counters = source.counters;
      this.byCategory = source.byCategory;
      this.raw = source.raw;
      this.labels = source.labels;
      this.empty = source.empty;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code kind}. */
    public Builder kind(String kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    @JsonProperty("kind")
    private Builder _kind(String value) {
      this.kind = value;
      return this;
    }

    /** Sets {@code counters}. */
    public Builder counters(Map<String, Long> counters) {
      this.counters = Objects.requireNonNull(counters, "counters");
      return this;
    }

    @JsonProperty("counters")
    private Builder _counters(Map<String, Long> value) {
      this.counters = value;
      return this;
    }

    /** Sets {@code by_category}. */
    public Builder byCategory(Map<String, Map<String, Double>> byCategory) {
      this.byCategory = Objects.requireNonNull(byCategory, "byCategory");
      return this;
    }

    @JsonProperty("by_category")
    private Builder _byCategory(Map<String, Map<String, Double>> value) {
      this.byCategory = value;
      return this;
    }

    /** Free-form JSON of any type. */
    public Builder raw(JsonNode raw) {
      this.raw = Objects.requireNonNull(raw, "raw");
      return this;
    }

    @JsonProperty("raw")
    private Builder _raw(JsonNode value) {
      this.raw = value;
      return this;
    }

    /** Sets {@code labels}. */
    public Builder labels(Map<String, JsonNode> labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    @JsonProperty("labels")
    private Builder _labels(Map<String, JsonNode> value) {
      this.labels = value;
      return this;
    }

    /** Sets {@code empty}. */
    public Builder empty(Map<String, JsonNode> empty) {
      this.empty = Objects.requireNonNull(empty, "empty");
      return this;
    }

    @JsonProperty("empty")
    private Builder _empty(Map<String, JsonNode> value) {
      this.empty = value;
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
    public Usage build() {
      Checks.required(kind, "kind");
      Checks.required(counters, "counters");
      return new Usage(this);
    }

    private Usage _build() {
      return new Usage(this);
    }
  }
}
