package test.hostile.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import test.hostile.core.Checks;
import test.hostile.core.JsonModel;
import test.hostile.core.Mismatches;

/**
 * The {@code
 * VeryLongSegment000Segment001Segment002Segment003Segment004Segment005Segment006Segment007Segment008Segment009Segment010Segment011Segment012Segment013Segment014Segment015Segment016Segment017Segment018Segment019Segment020Segment021XXXXXXXXXXXXXXXXXXXXXX}
 * object.
 */
@JsonModel
@JsonDeserialize(
    builder = VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested.Builder.class)
@JsonPropertyOrder("inner")
public final class VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested {
  private final String inner;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested(Builder builder) {
    this.inner = builder.inner;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code inner} property. */
  public Optional<String> inner() {
    return Optional.ofNullable(inner);
  }

  @JsonProperty("inner")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _inner() {
    return inner;
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
    if (!(other instanceof VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested)) {
      return false;
    }
    VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested that =
        (VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested) other;
    return Objects.equals(this.inner, that.inner)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inner, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested{"
        + "inner="
        + inner
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String inner;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested source) {
      this.inner = source.inner;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code inner}. */
    public Builder inner(String inner) {
      this.inner = Objects.requireNonNull(inner, "inner");
      return this;
    }

    @JsonProperty("inner")
    private Builder _inner(String value) {
      this.inner = value;
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
    public VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested build() {
      return new VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested(this);
    }

    private VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested _build() {
      return new VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested(this);
    }
  }
}
