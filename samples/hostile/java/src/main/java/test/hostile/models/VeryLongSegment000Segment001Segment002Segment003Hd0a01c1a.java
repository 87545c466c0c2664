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

/** A schema name of 250 characters (file names are limited to 255 bytes). */
@JsonModel
@JsonDeserialize(builder = VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a.Builder.class)
@JsonPropertyOrder({
  "a_property_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_",
  "nested"
})
public final class VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a {
  private final String aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694;

  private final VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested nested;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a(Builder builder) {
    this.aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694 =
        builder.aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694;
    this.nested = builder.nested;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** A long property name. */
  public Optional<String> aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694() {
    return Optional.ofNullable(aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694);
  }

  @JsonProperty(
      "a_property_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694() {
    return aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694;
  }

  /** The {@code nested} property. */
  public Optional<VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested> nested() {
    return Optional.ofNullable(nested);
  }

  @JsonProperty("nested")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested _nested() {
    return nested;
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
    if (!(other instanceof VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a)) {
      return false;
    }
    VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a that =
        (VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a) other;
    return Objects.equals(
            this.aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694,
            that.aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694)
        && Objects.equals(this.nested, that.nested)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694,
        nested,
        additionalProperties,
        mismatchedProperties);
  }

  @Override
  public String toString() {
    return "VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a{"
        + "aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694="
        + aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694
        + ", nested="
        + nested
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694;

    private VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested nested;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a source) {
      this.aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694 =
          source.aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694;
      this.nested = source.nested;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** A long property name. */
    public Builder aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694(
        String aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694) {
      this.aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694 =
          Objects.requireNonNull(
              aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694,
              "aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694");
      return this;
    }

    @JsonProperty(
        "a_property_name_that_goes_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_and_on_")
    private Builder _aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694(String value) {
      this.aPropertyNameThatGoesOnAndOnAndOnAndOnAndOnAndOnH3d652694 = value;
      return this;
    }

    /** Sets {@code nested}. */
    public Builder nested(VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested nested) {
      this.nested = Objects.requireNonNull(nested, "nested");
      return this;
    }

    @JsonProperty("nested")
    private Builder _nested(VeryLongSegment000Segment001Segment002Segment003Hd0a01c1aNested value) {
      this.nested = value;
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
    public VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a build() {
      return new VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a(this);
    }

    private VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a _build() {
      return new VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a(this);
    }
  }
}
