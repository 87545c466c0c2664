package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code listContacts}. */
public final class ListContactsParams {
  private final Long perPage;

  private final Long page;

  private final Integer limit;

  private ListContactsParams(Builder builder) {
    this.perPage = builder.perPage;
    this.page = builder.page;
    this.limit = builder.limit;
  }

  /** The query parameter {@code per_page}. */
  public Optional<Long> perPage() {
    return Optional.ofNullable(perPage);
  }

  /** The query parameter {@code page}. */
  public Optional<Long> page() {
    return Optional.ofNullable(page);
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
    if (!(other instanceof ListContactsParams)) {
      return false;
    }
    ListContactsParams that = (ListContactsParams) other;
    return Objects.equals(this.perPage, that.perPage)
        && Objects.equals(this.page, that.page)
        && Objects.equals(this.limit, that.limit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(perPage, page, limit);
  }

  @Override
  public String toString() {
    return "ListContactsParams{"
        + "perPage="
        + perPage
        + ", page="
        + page
        + ", limit="
        + limit
        + "}";
  }

  /** Builds {@link ListContactsParams}. */
  public static final class Builder {
    private Long perPage;

    private Long page;

    private Integer limit;

    private Builder() {}

    private Builder(ListContactsParams source) {
      this.perPage = source.perPage;
      this.page = source.page;
      this.limit = source.limit;
    }

    /** The query parameter {@code per_page}. */
    public Builder perPage(long perPage) {
      this.perPage = perPage;
      return this;
    }

    /** The query parameter {@code page}. */
    public Builder page(long page) {
      this.page = page;
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
    public ListContactsParams build() {
      return new ListContactsParams(this);
    }
  }
}
