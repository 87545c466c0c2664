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

/** "Starts with a quote and ends with one" */
@JsonModel
@JsonDeserialize(builder = Thing.Builder.class)
@JsonPropertyOrder({"name", "kind", "x\"y"})
public final class Thing {
  private final String name;

  private final ThingKind kind;

  private final String xY;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Thing(Builder builder) {
    this.name = builder.name;
    this.kind = builder.kind;
    this.xY = builder.xY;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** Trailing backslash &#92; */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  @JsonProperty("name")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _name() {
    return name;
  }

  /** Tab here and CR then """""" six quotes */
  public Optional<ThingKind> kind() {
    return Optional.ofNullable(kind);
  }

  @JsonProperty("kind")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private ThingKind _kind() {
    return kind;
  }

  /** A property whose name has a quote. */
  public Optional<String> xY() {
    return Optional.ofNullable(xY);
  }

  @JsonProperty("x\"y")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _xY() {
    return xY;
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
    if (!(other instanceof Thing)) {
      return false;
    }
    Thing that = (Thing) other;
    return Objects.equals(this.name, that.name)
        && Objects.equals(this.kind, that.kind)
        && Objects.equals(this.xY, that.xY)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, xY, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Thing{"
        + "name="
        + name
        + ", kind="
        + kind
        + ", xY="
        + xY
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link Thing} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String name;

    private ThingKind kind;

    private String xY;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Thing source) {
      this.name = source.name;
      this.kind = source.kind;
      this.xY = source.xY;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Trailing backslash &#92; */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    @JsonProperty("name")
    private Builder _name(String value) {
      this.name = value;
      return this;
    }

    /** Tab here and CR then """""" six quotes */
    public Builder kind(ThingKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    @JsonProperty("kind")
    private Builder _kind(ThingKind value) {
      this.kind = value;
      return this;
    }

    /** A property whose name has a quote. */
    public Builder xY(String xY) {
      this.xY = Objects.requireNonNull(xY, "xY");
      return this;
    }

    @JsonProperty("x\"y")
    private Builder _xY(String value) {
      this.xY = value;
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
    public Thing build() {
      return new Thing(this);
    }

    private Thing _build() {
      return new Thing(this);
    }
  }
}
