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

/** The {@code Address} object. */
@JsonModel
@JsonDeserialize(builder = Address.Builder.class)
@JsonPropertyOrder({"lines", "country"})
public final class Address {
  private final List<String> lines;

  private final String country;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Address(Builder builder) {
    this.lines = Checks.copy(builder.lines);
    this.country = builder.country;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code lines} property. */
  public Optional<List<String>> lines() {
    return Optional.ofNullable(lines);
  }

  @JsonProperty("lines")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<String> _lines() {
    return lines;
  }

  /** The {@code country} property. */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  @JsonProperty("country")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _country() {
    return country;
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
    if (!(other instanceof Address)) {
      return false;
    }
    Address that = (Address) other;
    return Objects.equals(this.lines, that.lines)
        && Objects.equals(this.country, that.country)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lines, country, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Address{"
        + "lines="
        + lines
        + ", country="
        + country
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link Address} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private List<String> lines;

    private String country;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Address source) {
      this.lines = source.lines;
      this.country = source.country;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code lines}. */
    public Builder lines(List<String> lines) {
      this.lines = Objects.requireNonNull(lines, "lines");
      return this;
    }

    @JsonProperty("lines")
    private Builder _lines(List<String> value) {
      this.lines = value;
      return this;
    }

    /** Sets {@code country}. */
    public Builder country(String country) {
      this.country = Objects.requireNonNull(country, "country");
      return this;
    }

    @JsonProperty("country")
    private Builder _country(String value) {
      this.country = value;
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
    public Address build() {
      return new Address(this);
    }

    private Address _build() {
      return new Address(this);
    }
  }
}
