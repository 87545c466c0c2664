package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code listNotes}. */
public final class ListNotesParams {
  private final Long pageSize;

  private final String pageToken;

  private final Integer limit;

  private ListNotesParams(Builder builder) {
    this.pageSize = builder.pageSize;
    this.pageToken = builder.pageToken;
    this.limit = builder.limit;
  }

  /** The query parameter {@code page_size}. */
  public Optional<Long> pageSize() {
    return Optional.ofNullable(pageSize);
  }

  /** The query parameter {@code page_token}. */
  public Optional<String> pageToken() {
    return Optional.ofNullable(pageToken);
  }

  /** The most items iterating the result yields. */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ListNotesParams)) {
      return false;
    }
    ListNotesParams that = (ListNotesParams) other;
    return Objects.equals(this.pageSize, that.pageSize)
        && Objects.equals(this.pageToken, that.pageToken)
        && Objects.equals(this.limit, that.limit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pageSize, pageToken, limit);
  }

  @Override
  public String toString() {
    return "ListNotesParams{"
        + "pageSize="
        + pageSize
        + ", pageToken="
        + pageToken
        + ", limit="
        + limit
        + "}";
  }

  /** Builds {@link ListNotesParams}. */
  public static final class Builder {
    private Long pageSize;

    private String pageToken;

    private Integer limit;

    private Builder() {}

    private Builder(ListNotesParams source) {
      this.pageSize = source.pageSize;
      this.pageToken = source.pageToken;
      this.limit = source.limit;
    }

    /** The query parameter {@code page_size}. */
    public Builder pageSize(long pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** The query parameter {@code page_token}. */
    public Builder pageToken(String pageToken) {
      this.pageToken = Objects.requireNonNull(pageToken, "pageToken");
      return this;
    }

    /**
     * The most items iterating the result yields, a positive number; no page past them is fetched.
     */
    public Builder limit(int limit) {
      this.limit = Checks.itemLimit(limit, "limit");
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public ListNotesParams build() {
      return new ListNotesParams(this);
    }
  }
}
