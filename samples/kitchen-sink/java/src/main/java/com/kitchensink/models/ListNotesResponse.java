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

/** The {@code listNotes} object. */
@JsonModel
@JsonDeserialize(builder = ListNotesResponse.Builder.class)
@JsonPropertyOrder({"notes", "next_page_token"})
public final class ListNotesResponse {
  private final List<Contact> notes;

  private final Optional<String> nextPageToken;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private ListNotesResponse(Builder builder) {
    this.notes = Checks.copy(builder.notes);
    this.nextPageToken = builder.nextPageToken;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code notes} property. */
  public List<Contact> notes() {
    return Checks.decoded(notes, "notes");
  }

  @JsonProperty(value = "notes", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<Contact> _notes() {
    return notes;
  }

  /** The {@code next_page_token} property. */
  public Optional<String> nextPageToken() {
    return Checks.present(nextPageToken);
  }

  @JsonProperty("next_page_token")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _nextPageToken() {
    return Checks.nullable(nextPageToken);
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
    if (!(other instanceof ListNotesResponse)) {
      return false;
    }
    ListNotesResponse that = (ListNotesResponse) other;
    return Objects.equals(this.notes, that.notes)
        && Objects.equals(this.nextPageToken, that.nextPageToken)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(notes, nextPageToken, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "ListNotesResponse{"
        + "notes="
        + notes
        + ", nextPageToken="
        + nextPageToken
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link ListNotesResponse} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private List<Contact> notes;

    private Optional<String> nextPageToken;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ListNotesResponse source) {
      this.notes = source.notes;
      this.nextPageToken = source.nextPageToken;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code notes}. */
    public Builder notes(List<Contact> notes) {
      this.notes = Objects.requireNonNull(notes, "notes");
      return this;
    }

    @JsonProperty("notes")
    private Builder _notes(List<Contact> value) {
      this.notes = value;
      return this;
    }

    /**
     * Sets {@code next_page_token}.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder nextPageToken(String nextPageToken) {
      this.nextPageToken = Optional.ofNullable(nextPageToken);
      return this;
    }

    @JsonProperty("next_page_token")
    private Builder _nextPageToken(String value) {
      this.nextPageToken = Optional.ofNullable(value);
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
    public ListNotesResponse build() {
      Checks.required(notes, "notes");
      return new ListNotesResponse(this);
    }

    private ListNotesResponse _build() {
      return new ListNotesResponse(this);
    }
  }
}
