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
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code Account} object. */
@JsonModel
@JsonDeserialize(builder = Account.Builder.class)
@JsonPropertyOrder({
  "sid",
  "friendly_name",
  "status",
  "type",
  "date_created",
  "date_updated",
  "balance",
  "owner_email",
  "2fa_enabled",
  "subresource_uris"
})
public final class Account {
  private final String sid;

  private final String friendlyName;

  private final AccountStatus status;

  private final AccountType type;

  private final OffsetDateTime dateCreated;

  private final Optional<OffsetDateTime> dateUpdated;

  private final String balance;

  private final String ownerEmail;

  private final Boolean _2faEnabled;

  private final Map<String, String> subresourceUris;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private Account(Builder builder) {
    this.sid = builder.sid;
    this.friendlyName = builder.friendlyName;
    this.status = builder.status;
    this.type = builder.type;
    this.dateCreated = builder.dateCreated;
    this.dateUpdated = builder.dateUpdated;
    this.balance = builder.balance;
    this.ownerEmail = builder.ownerEmail;
    this._2faEnabled = builder._2faEnabled;
    this.subresourceUris = Checks.copy(builder.subresourceUris);
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code sid} property. */
  public String sid() {
    return Checks.decoded(sid, "sid");
  }

  @JsonProperty(value = "sid", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _sid() {
    return sid;
  }

  /** The {@code friendly_name} property. */
  public String friendlyName() {
    return Checks.decoded(friendlyName, "friendly_name");
  }

  @JsonProperty(value = "friendly_name", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _friendlyName() {
    return friendlyName;
  }

  /** The {@code status} property. */
  public AccountStatus status() {
    return Checks.decoded(status, "status");
  }

  @JsonProperty(value = "status", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private AccountStatus _status() {
    return status;
  }

  /** The {@code type} property. */
  public Optional<AccountType> type() {
    return Optional.ofNullable(type);
  }

  @JsonProperty("type")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private AccountType _type() {
    return type;
  }

  /** The {@code date_created} property. */
  public OffsetDateTime dateCreated() {
    return Checks.decoded(dateCreated, "date_created");
  }

  @JsonProperty(value = "date_created", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private OffsetDateTime _dateCreated() {
    return dateCreated;
  }

  /** The {@code date_updated} property. */
  public Optional<OffsetDateTime> dateUpdated() {
    return Checks.present(dateUpdated);
  }

  @JsonProperty("date_updated")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _dateUpdated() {
    return Checks.nullable(dateUpdated);
  }

  /** Decimal amount kept as a string to avoid rounding. */
  public Optional<String> balance() {
    return Optional.ofNullable(balance);
  }

  @JsonProperty("balance")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _balance() {
    return balance;
  }

  /** Personal data, as Twilio marks it; masked in a model's text. */
  @Deprecated
  public Optional<String> ownerEmail() {
    return Optional.ofNullable(ownerEmail);
  }

  @JsonProperty("owner_email")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _ownerEmail() {
    return ownerEmail;
  }

  /** Name starts with a digit. */
  public Optional<Boolean> _2faEnabled() {
    return Optional.ofNullable(_2faEnabled);
  }

  @JsonProperty("2fa_enabled")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Boolean __2faEnabled() {
    return _2faEnabled;
  }

  /** Map of subresource name to URI. */
  public Optional<Map<String, String>> subresourceUris() {
    return Optional.ofNullable(subresourceUris);
  }

  @JsonProperty("subresource_uris")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Map<String, String> _subresourceUris() {
    return subresourceUris;
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
        && Objects.equals(this.status, that.status)
        && Objects.equals(this.type, that.type)
        && Objects.equals(this.dateCreated, that.dateCreated)
        && Objects.equals(this.dateUpdated, that.dateUpdated)
        && Objects.equals(this.balance, that.balance)
        && Objects.equals(this.ownerEmail, that.ownerEmail)
        && Objects.equals(this._2faEnabled, that._2faEnabled)
        && Objects.equals(this.subresourceUris, that.subresourceUris)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sid,
        friendlyName,
        status,
        type,
        dateCreated,
        dateUpdated,
        balance,
        ownerEmail,
        _2faEnabled,
        subresourceUris,
        additionalProperties,
        mismatchedProperties);
  }

  @Override
  public String toString() {
    return "Account{"
        + "sid="
        + sid
        + ", friendlyName="
        + friendlyName
        + ", status="
        + status
        + ", type="
        + type
        + ", dateCreated="
        + dateCreated
        + ", dateUpdated="
        + dateUpdated
        + ", balance="
        + balance
        + ", ownerEmail="
        + Checks.mask(ownerEmail)
        + ", _2faEnabled="
        + _2faEnabled
        + ", subresourceUris="
        + subresourceUris
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

    private AccountStatus status;

    private AccountType type;

    private OffsetDateTime dateCreated;

    private Optional<OffsetDateTime> dateUpdated;

    private String balance;

    private String ownerEmail;

    private Boolean _2faEnabled;

    private Map<String, String> subresourceUris;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Account source) {
      this.sid = source.sid;
      this.friendlyName = source.friendlyName;
      this.status = source.status;
      this.type = source.type;
      this.dateCreated = source.dateCreated;
      this.dateUpdated = source.dateUpdated;
      this.balance = source.balance;
      this.ownerEmail = source.ownerEmail;
      this._2faEnabled = source._2faEnabled;
      this.subresourceUris = source.subresourceUris;
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

    /** Sets {@code status}. */
    public Builder status(AccountStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    @JsonProperty("status")
    private Builder _status(AccountStatus value) {
      this.status = value;
      return this;
    }

    /** Sets {@code type}. */
    public Builder type(AccountType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    @JsonProperty("type")
    private Builder _type(AccountType value) {
      this.type = value;
      return this;
    }

    /** Sets {@code date_created}. */
    public Builder dateCreated(OffsetDateTime dateCreated) {
      this.dateCreated = Objects.requireNonNull(dateCreated, "dateCreated");
      return this;
    }

    @JsonProperty("date_created")
    private Builder _dateCreated(OffsetDateTime value) {
      this.dateCreated = value;
      return this;
    }

    /**
     * Sets {@code date_updated}.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder dateUpdated(OffsetDateTime dateUpdated) {
      this.dateUpdated = Optional.ofNullable(dateUpdated);
      return this;
    }

    @JsonProperty("date_updated")
    private Builder _dateUpdated(OffsetDateTime value) {
      this.dateUpdated = Optional.ofNullable(value);
      return this;
    }

    /** Decimal amount kept as a string to avoid rounding. */
    public Builder balance(String balance) {
      this.balance = Objects.requireNonNull(balance, "balance");
      return this;
    }

    @JsonProperty("balance")
    private Builder _balance(String value) {
      this.balance = value;
      return this;
    }

    /** Personal data, as Twilio marks it; masked in a model's text. */
    @Deprecated
    public Builder ownerEmail(String ownerEmail) {
      this.ownerEmail = Objects.requireNonNull(ownerEmail, "ownerEmail");
      return this;
    }

    @JsonProperty("owner_email")
    private Builder _ownerEmail(String value) {
      this.ownerEmail = value;
      return this;
    }

    /** Name starts with a digit. */
    public Builder _2faEnabled(boolean _2faEnabled) {
      this._2faEnabled = _2faEnabled;
      return this;
    }

    @JsonProperty("2fa_enabled")
    private Builder __2faEnabled(Boolean value) {
      this._2faEnabled = value;
      return this;
    }

    /** Map of subresource name to URI. */
    public Builder subresourceUris(Map<String, String> subresourceUris) {
      this.subresourceUris = Objects.requireNonNull(subresourceUris, "subresourceUris");
      return this;
    }

    @JsonProperty("subresource_uris")
    private Builder _subresourceUris(Map<String, String> value) {
      this.subresourceUris = value;
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
      Checks.required(sid, "sid");
      Checks.required(friendlyName, "friendlyName");
      Checks.required(status, "status");
      Checks.required(dateCreated, "dateCreated");
      return new Account(this);
    }

    private Account _build() {
      return new Account(this);
    }
  }
}
