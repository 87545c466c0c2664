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

/** The {@code Report} object. */
@JsonModel
@JsonDeserialize(builder = Report.Builder.class)
@JsonPropertyOrder("total")
public final class Report {
  private final Long total;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Report(Builder builder) {
    this.total = builder.total;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code total} property. */
  public Optional<Long> total() {
    return Optional.ofNullable(total);
  }

  @JsonProperty("total")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Long _total() {
    return total;
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
    if (!(other instanceof Report)) {
      return false;
    }
    Report that = (Report) other;
    return Objects.equals(this.total, that.total)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(total, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Report{"
        + "total="
        + total
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link Report} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private Long total;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Report source) {
      this.total = source.total;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code total}. */
    public Builder total(long total) {
      this.total = total;
      return this;
    }

    @JsonProperty("total")
    private Builder _total(Long value) {
      this.total = value;
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
    public Report build() {
      return new Report(this);
    }

    private Report _build() {
      return new Report(this);
    }
  }
}
