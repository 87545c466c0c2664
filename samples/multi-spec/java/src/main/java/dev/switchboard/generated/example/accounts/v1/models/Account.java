package dev.switchboard.generated.example.accounts.v1.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.switchboard.generated.example.core.Checks;
import dev.switchboard.generated.example.core.JsonModel;
import dev.switchboard.generated.example.core.Mismatches;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code Account} object. */
@JsonModel
@JsonDeserialize(builder = Account.Builder.class)
@JsonPropertyOrder({"id", "name", "status", "created_at"})
public final class Account {
  private final String id;

  private final String name;

  private final Status status;

  private final OffsetDateTime createdAt;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Account(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.status = builder.status;
    this.createdAt = builder.createdAt;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code id} property. */
  public String id() {
    return Checks.decoded(id, "id");
  }

  @JsonProperty(value = "id", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _id() {
    return id;
  }

  /** The {@code name} property. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  @JsonProperty("name")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _name() {
    return name;
  }

  /** The {@code status} property. */
  public Status status() {
    return Checks.decoded(status, "status");
  }

  @JsonProperty(value = "status", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Status _status() {
    return status;
  }

  /** The {@code created_at} property. */
  public Optional<OffsetDateTime> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  @JsonProperty("created_at")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private OffsetDateTime _createdAt() {
    return createdAt;
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
    return Objects.equals(this.id, that.id)
        && Objects.equals(this.name, that.name)
        && Objects.equals(this.status, that.status)
        && Objects.equals(this.createdAt, that.createdAt)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, status, createdAt, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Account{"
        + "id="
        + id
        + ", name="
        + name
        + ", status="
        + status
        + ", createdAt="
        + createdAt
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
    private String id;

    private String name;

    private Status status;

    private OffsetDateTime createdAt;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Account source) {
      this.id = source.id;
      this.name = source.name;
      this.status = source.status;
      this.createdAt = source.createdAt;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code id}. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    @JsonProperty("id")
    private Builder _id(String value) {
      this.id = value;
      return this;
    }

    /** Sets {@code name}. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    @JsonProperty("name")
    private Builder _name(String value) {
      this.name = value;
      return this;
    }

    /** Sets {@code status}. */
    public Builder status(Status status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    @JsonProperty("status")
    private Builder _status(Status value) {
      this.status = value;
      return this;
    }

    /** Sets {@code created_at}. */
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    @JsonProperty("created_at")
    private Builder _createdAt(OffsetDateTime value) {
      this.createdAt = value;
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
      Checks.required(id, "id");
      Checks.required(status, "status");
      return new Account(this);
    }

    private Account _build() {
      return new Account(this);
    }
  }
}
