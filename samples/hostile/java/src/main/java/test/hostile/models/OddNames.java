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

/** Property names that are legal JSON but hard on every language. */
@JsonModel
@JsonDeserialize(builder = OddNames.Builder.class)
@JsonPropertyOrder({
  "l",
  "O",
  "I",
  "line\u2028separator",
  "paragraph\u2029separator",
  "2fa",
  "café",
  "‮evil",
  "$",
  "long"
})
public final class OddNames {
  private final String l;

  private final String o;

  private final String i;

  private final String lineSeparator;

  private final String paragraphSeparator;

  private final Boolean _2fa;

  private final String cafe;

  private final String evil;

  private final String dollar;

  private final VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a long_;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private OddNames(Builder builder) {
    this.l = builder.l;
    this.o = builder.o;
    this.i = builder.i;
    this.lineSeparator = builder.lineSeparator;
    this.paragraphSeparator = builder.paragraphSeparator;
    this._2fa = builder._2fa;
    this.cafe = builder.cafe;
    this.evil = builder.evil;
    this.dollar = builder.dollar;
    this.long_ = builder.long_;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** Lower-case L, ambiguous in Python. */
  public Optional<String> l() {
    return Optional.ofNullable(l);
  }

  @JsonProperty("l")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _l() {
    return l;
  }

  /** Upper-case O, ambiguous in Python. */
  public Optional<String> o() {
    return Optional.ofNullable(o);
  }

  @JsonProperty("O")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _o() {
    return o;
  }

  /** Upper-case I, ambiguous in Python. */
  public Optional<String> i() {
    return Optional.ofNullable(i);
  }

  @JsonProperty("I")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _i() {
    return i;
  }

  /** U+2028 in the name. */
  public Optional<String> lineSeparator() {
    return Optional.ofNullable(lineSeparator);
  }

  @JsonProperty("line\u2028separator")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _lineSeparator() {
    return lineSeparator;
  }

  /** U+2029 in the name. */
  public Optional<String> paragraphSeparator() {
    return Optional.ofNullable(paragraphSeparator);
  }

  @JsonProperty("paragraph\u2029separator")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _paragraphSeparator() {
    return paragraphSeparator;
  }

  /** Starts with a digit. */
  public Optional<Boolean> _2fa() {
    return Optional.ofNullable(_2fa);
  }

  @JsonProperty("2fa")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean __2fa() {
    return _2fa;
  }

  /** Non-ASCII letter. */
  public Optional<String> cafe() {
    return Optional.ofNullable(cafe);
  }

  @JsonProperty("café")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _cafe() {
    return cafe;
  }

  /** A right-to-left override. */
  public Optional<String> evil() {
    return Optional.ofNullable(evil);
  }

  @JsonProperty("‮evil")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _evil() {
    return evil;
  }

  /** Only a symbol. */
  public Optional<String> dollar() {
    return Optional.ofNullable(dollar);
  }

  @JsonProperty("$")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _dollar() {
    return dollar;
  }

  /** The {@code long} property. */
  public Optional<VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a> long_() {
    return Optional.ofNullable(long_);
  }

  @JsonProperty("long")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a _long_() {
    return long_;
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
    if (!(other instanceof OddNames)) {
      return false;
    }
    OddNames that = (OddNames) other;
    return Objects.equals(this.l, that.l)
        && Objects.equals(this.o, that.o)
        && Objects.equals(this.i, that.i)
        && Objects.equals(this.lineSeparator, that.lineSeparator)
        && Objects.equals(this.paragraphSeparator, that.paragraphSeparator)
        && Objects.equals(this._2fa, that._2fa)
        && Objects.equals(this.cafe, that.cafe)
        && Objects.equals(this.evil, that.evil)
        && Objects.equals(this.dollar, that.dollar)
        && Objects.equals(this.long_, that.long_)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        l,
        o,
        i,
        lineSeparator,
        paragraphSeparator,
        _2fa,
        cafe,
        evil,
        dollar,
        long_,
        additionalProperties,
        mismatchedProperties);
  }

  @Override
  public String toString() {
    return "OddNames{"
        + "l="
        + l
        + ", o="
        + o
        + ", i="
        + i
        + ", lineSeparator="
        + lineSeparator
        + ", paragraphSeparator="
        + paragraphSeparator
        + ", _2fa="
        + _2fa
        + ", cafe="
        + cafe
        + ", evil="
        + evil
        + ", dollar="
        + dollar
        + ", long_="
        + long_
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link OddNames} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String l;

    private String o;

    private String i;

    private String lineSeparator;

    private String paragraphSeparator;

    private Boolean _2fa;

    private String cafe;

    private String evil;

    private String dollar;

    private VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a long_;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(OddNames source) {
      this.l = source.l;
      this.o = source.o;
      this.i = source.i;
      this.lineSeparator = source.lineSeparator;
      this.paragraphSeparator = source.paragraphSeparator;
      this._2fa = source._2fa;
      this.cafe = source.cafe;
      this.evil = source.evil;
      this.dollar = source.dollar;
      this.long_ = source.long_;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Lower-case L, ambiguous in Python. */
    public Builder l(String l) {
      this.l = Objects.requireNonNull(l, "l");
      return this;
    }

    @JsonProperty("l")
    private Builder _l(String value) {
      this.l = value;
      return this;
    }

    /** Upper-case O, ambiguous in Python. */
    public Builder o(String o) {
      this.o = Objects.requireNonNull(o, "o");
      return this;
    }

    @JsonProperty("O")
    private Builder _o(String value) {
      this.o = value;
      return this;
    }

    /** Upper-case I, ambiguous in Python. */
    public Builder i(String i) {
      this.i = Objects.requireNonNull(i, "i");
      return this;
    }

    @JsonProperty("I")
    private Builder _i(String value) {
      this.i = value;
      return this;
    }

    /** U+2028 in the name. */
    public Builder lineSeparator(String lineSeparator) {
      this.lineSeparator = Objects.requireNonNull(lineSeparator, "lineSeparator");
      return this;
    }

    @JsonProperty("line\u2028separator")
    private Builder _lineSeparator(String value) {
      this.lineSeparator = value;
      return this;
    }

    /** U+2029 in the name. */
    public Builder paragraphSeparator(String paragraphSeparator) {
      this.paragraphSeparator = Objects.requireNonNull(paragraphSeparator, "paragraphSeparator");
      return this;
    }

    @JsonProperty("paragraph\u2029separator")
    private Builder _paragraphSeparator(String value) {
      this.paragraphSeparator = value;
      return this;
    }

    /** Starts with a digit. */
    public Builder _2fa(boolean _2fa) {
      this._2fa = _2fa;
      return this;
    }

    @JsonProperty("2fa")
    private Builder __2fa(Boolean value) {
      this._2fa = value;
      return this;
    }

    /** Non-ASCII letter. */
    public Builder cafe(String cafe) {
      this.cafe = Objects.requireNonNull(cafe, "cafe");
      return this;
    }

    @JsonProperty("café")
    private Builder _cafe(String value) {
      this.cafe = value;
      return this;
    }

    /** A right-to-left override. */
    public Builder evil(String evil) {
      this.evil = Objects.requireNonNull(evil, "evil");
      return this;
    }

    @JsonProperty("‮evil")
    private Builder _evil(String value) {
      this.evil = value;
      return this;
    }

    /** Only a symbol. */
    public Builder dollar(String dollar) {
      this.dollar = Objects.requireNonNull(dollar, "dollar");
      return this;
    }

    @JsonProperty("$")
    private Builder _dollar(String value) {
      this.dollar = value;
      return this;
    }

    /** Sets {@code long}. */
    public Builder long_(VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a long_) {
      this.long_ = Objects.requireNonNull(long_, "long_");
      return this;
    }

    @JsonProperty("long")
    private Builder _long_(VeryLongSegment000Segment001Segment002Segment003Hd0a01c1a value) {
      this.long_ = value;
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
    public OddNames build() {
      return new OddNames(this);
    }

    private OddNames _build() {
      return new OddNames(this);
    }
  }
}
