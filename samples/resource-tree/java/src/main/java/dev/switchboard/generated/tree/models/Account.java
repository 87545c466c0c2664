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

/** The {@code Account} object. */
@JsonModel
@JsonDeserialize(builder = Account.Builder.class)
@JsonPropertyOrder({"sid", "friendly_name"})
public final class Account {
  private final String sid;

  private final String friendlyName;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Account(Builder builder) {
    this.sid = builder.sid;
    this.friendlyName = builder.friendlyName;
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

  /** The {@code friendly_name} property. */
  public Optional<String> friendlyName() {
    return Optional.ofNullable(friendlyName);
  }

  @JsonProperty("friendly_name")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _friendlyName() {
    return friendlyName;
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
    if (!(other instanceof Account)) {
      return false;
    }
    Account that = (Account) other;
    return Objects.equals(this.sid, that.sid)
        && Objects.equals(this.friendlyName, that.friendlyName)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sid, friendlyName, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Account{"
        + "sid="
        + sid
        + ", friendlyName="
        + friendlyName
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link Account} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private String sid;

    private String friendlyName;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Account source) {
      this.sid = source.sid;
      this.friendlyName = source.friendlyName;
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

    /** Sets {@code friendly_name}. */
    public Builder friendlyName(String friendlyName) {
      this.friendlyName = Objects.requireNonNull(friendlyName, "friendlyName");
      return this;
    }

    @JsonProperty("friendly_name")
    private Builder _friendlyName(String value) {
      this.friendlyName = value;
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
    public Account build() {
      return new Account(this);
    }

    private Account _build() {
      return new Account(this);
    }
  }
}
