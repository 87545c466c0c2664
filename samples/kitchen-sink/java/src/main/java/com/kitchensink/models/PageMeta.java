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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@code PageMeta} object. */
@JsonModel
@JsonDeserialize(builder = PageMeta.Builder.class)
@JsonPropertyOrder({
  "page",
  "page_size",
  "first_page_url",
  "next_page_url",
  "previous_page_url",
  "key"
})
public final class PageMeta {
  private final Long page;

  private final Long pageSize;

  private final String firstPageUrl;

  private final Optional<String> nextPageUrl;

  private final Optional<String> previousPageUrl;

  private final String key;

  private final Map<String, JsonNode> additionalProperties;

  private final Map<String, JsonNode> mismatchedProperties;

  private PageMeta(Builder builder) {
    this.page = builder.page;
    this.pageSize = builder.pageSize;
    this.firstPageUrl = builder.firstPageUrl;
    this.nextPageUrl = builder.nextPageUrl;
    this.previousPageUrl = builder.previousPageUrl;
    this.key = builder.key;
    this.additionalProperties = Checks.copy(builder.additionalProperties);
    this.mismatchedProperties = Checks.copy(builder.mismatchedProperties);
  }

  /** The {@code page} property. */
  public long page() {
    return Checks.decoded(page, "page");
  }

  @JsonProperty(value = "page", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Long _page() {
    return page;
  }

  /** The {@code page_size} property. */
  public long pageSize() {
    return Checks.decoded(pageSize, "page_size");
  }

  @JsonProperty(value = "page_size", required = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Long _pageSize() {
    return pageSize;
  }

  /** The {@code first_page_url} property. */
  public Optional<String> firstPageUrl() {
    return Optional.ofNullable(firstPageUrl);
  }

  @JsonProperty("first_page_url")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _firstPageUrl() {
    return firstPageUrl;
  }

  /** The {@code next_page_url} property. */
  public Optional<String> nextPageUrl() {
    return Checks.present(nextPageUrl);
  }

  @JsonProperty("next_page_url")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _nextPageUrl() {
    return Checks.nullable(nextPageUrl);
  }

  /** The {@code previous_page_url} property. */
  public Optional<String> previousPageUrl() {
    return Checks.present(previousPageUrl);
  }

  @JsonProperty("previous_page_url")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private Object _previousPageUrl() {
    return Checks.nullable(previousPageUrl);
  }

  /** The {@code key} property. */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  @JsonProperty("key")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private String _key() {
    return key;
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
    if (!(other instanceof PageMeta)) {
      return false;
    }
    PageMeta that = (PageMeta) other;
    return Objects.equals(this.page, that.page)
        && Objects.equals(this.pageSize, that.pageSize)
        && Objects.equals(this.firstPageUrl, that.firstPageUrl)
        && Objects.equals(this.nextPageUrl, that.nextPageUrl)
        && Objects.equals(this.previousPageUrl, that.previousPageUrl)
        && Objects.equals(this.key, that.key)
        && Objects.equals(this.additionalProperties, that.additionalProperties)
        && Objects.equals(this.mismatchedProperties, that.mismatchedProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        page,
        pageSize,
        firstPageUrl,
        nextPageUrl,
        previousPageUrl,
        key,
        additionalProperties,
        mismatchedProperties);
  }

  @Override
  public String toString() {
    return "PageMeta{"
        + "page="
        + page
        + ", pageSize="
        + pageSize
        + ", firstPageUrl="
        + firstPageUrl
        + ", nextPageUrl="
        + nextPageUrl
        + ", previousPageUrl="
        + previousPageUrl
        + ", key="
        + key
        + ", additionalProperties="
        + additionalProperties
        + ", mismatchedProperties="
        + mismatchedProperties
        + "}";
  }

  /** Builds {@link PageMeta} values. */
  @JsonModel
  @JsonPOJOBuilder(withPrefix = "_", buildMethodName = "_build")
  public static final class Builder implements Mismatches {
    private Long page;

    private Long pageSize;

    private String firstPageUrl;

    private Optional<String> nextPageUrl;

    private Optional<String> previousPageUrl;

    private String key;

    private Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Map<String, JsonNode> mismatchedProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(PageMeta source) {
      this.page = source.page;
      this.pageSize = source.pageSize;
      this.firstPageUrl = source.firstPageUrl;
      this.nextPageUrl = source.nextPageUrl;
      this.previousPageUrl = source.previousPageUrl;
      this.key = source.key;
      this.additionalProperties.putAll(source.additionalProperties());
      this.mismatchedProperties.putAll(source.mismatchedProperties());
    }

    /** Sets {@code page}. */
    public Builder page(long page) {
      this.page = page;
      return this;
    }

    @JsonProperty("page")
    private Builder _page(Long value) {
      this.page = value;
      return this;
    }

    /** Sets {@code page_size}. */
    public Builder pageSize(long pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    @JsonProperty("page_size")
    private Builder _pageSize(Long value) {
      this.pageSize = value;
      return this;
    }

    /** Sets {@code first_page_url}. */
    public Builder firstPageUrl(String firstPageUrl) {
      this.firstPageUrl = Objects.requireNonNull(firstPageUrl, "firstPageUrl");
      return this;
    }

    @JsonProperty("first_page_url")
    private Builder _firstPageUrl(String value) {
      this.firstPageUrl = value;
      return this;
    }

    /**
     * Sets {@code next_page_url}.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder nextPageUrl(String nextPageUrl) {
      this.nextPageUrl = Optional.ofNullable(nextPageUrl);
      return this;
    }

    @JsonProperty("next_page_url")
    private Builder _nextPageUrl(String value) {
      this.nextPageUrl = Optional.ofNullable(value);
      return this;
    }

    /**
     * Sets {@code previous_page_url}.
     *
     * <p>Pass {@code null} to send JSON {@code null}; leave unset to omit the property.
     */
    public Builder previousPageUrl(String previousPageUrl) {
      this.previousPageUrl = Optional.ofNullable(previousPageUrl);
      return this;
    }

    @JsonProperty("previous_page_url")
    private Builder _previousPageUrl(String value) {
      this.previousPageUrl = Optional.ofNullable(value);
      return this;
    }

    /** Sets {@code key}. */
    public Builder key(String key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    @JsonProperty("key")
    private Builder _key(String value) {
      this.key = value;
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
    public PageMeta build() {
      Checks.required(page, "page");
      Checks.required(pageSize, "pageSize");
      return new PageMeta(this);
    }

    private PageMeta _build() {
      return new PageMeta(this);
    }
  }
}
