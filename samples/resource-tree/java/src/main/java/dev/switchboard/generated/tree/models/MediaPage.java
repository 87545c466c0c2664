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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code MediaPage} object. */
@JsonModel
@JsonDeserialize(builder = MediaPage.Builder.class)
@JsonPropertyOrder({"media_list", "next_page_uri"})
public final class MediaPage {
  private final List<Media> mediaList;

  private final Optional<String> nextPageUri;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private MediaPage(Builder builder) {
    this.mediaList = Checks.copy(builder.mediaList);
    this.nextPageUri = builder.nextPageUri;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code media_list} property. */
  public Optional<List<Media>> mediaList() {
    return Optional.ofNullable(mediaList);
  }

  @JsonProperty("media_list")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private List<Media> _mediaList() {
    return mediaList;
  }

  /** The {@code next_page_uri} property. */
  public Optional<String> nextPageUri() {
    return Checks.present(nextPageUri);
  }

  @JsonProperty("next_page_uri")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _nextPageUri() {
    return Checks.nullable(nextPageUri);
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
    if (!(other instanceof MediaPage)) {
      return false;
    }
    MediaPage that = (MediaPage) other;
    return Objects.equals(this.mediaList, that.mediaList)
        && Objects.equals(this.nextPageUri, that.nextPageUri)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mediaList, nextPageUri, additionalProperties, mismatchedProperties);
  }

  @Override
  public String toString() {
    return "MediaPage{"
        + "mediaList="
        + mediaList
        + ", nextPageUri="
        + nextPageUri
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link MediaPage} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private List<Media> mediaList;

    private Optional<String> nextPageUri;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(MediaPage source) {
      this.mediaList = source.mediaList;
      this.nextPageUri = source.nextPageUri;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code media_list}. */
    public Builder mediaList(List<Media> mediaList) {
      this.mediaList = Objects.requireNonNull(mediaList, "mediaList");
      return this;
    }

    @JsonProperty("media_list")
    private Builder _mediaList(List<Media> value) {
      this.mediaList = value;
      return this;
    }

    /**
     * Sets {@code next_page_uri}.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder nextPageUri(String nextPageUri) {
      this.nextPageUri = Optional.ofNullable(nextPageUri);
      return this;
    }

    @JsonProperty("next_page_uri")
    private Builder _nextPageUri(String value) {
      this.nextPageUri = Optional.ofNullable(value);
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
    public MediaPage build() {
      return new MediaPage(this);
    }

    private MediaPage _build() {
      return new MediaPage(this);
    }
  }
}
