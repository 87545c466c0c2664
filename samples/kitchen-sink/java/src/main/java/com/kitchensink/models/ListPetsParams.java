package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code listPets}. */
public final class ListPetsParams {
  private final Long offset;

  private final Long limit;

  private final Integer maxItems;

  private ListPetsParams(Builder builder) {
    this.offset = builder.offset;
    this.limit = builder.limit;
    this.maxItems = builder.maxItems;
  }

  /** The query parameter {@code offset}. */
  public Optional<Long> offset() {
    return Optional.ofNullable(offset);
  }

  /** The query parameter {@code limit}. */
  public Optional<Long> limit() {
    return Optional.ofNullable(limit);
  }

  /** The most items iterating the result yields. */
  public Optional<Integer> maxItems() {
    return Optional.ofNullable(maxItems);
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
    if (!(other instanceof ListPetsParams)) {
      return false;
    }
    ListPetsParams that = (ListPetsParams) other;
    return Objects.equals(this.offset, that.offset)
        && Objects.equals(this.limit, that.limit)
        && Objects.equals(this.maxItems, that.maxItems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(offset, limit, maxItems);
  }

  @Override
  public String toString() {
    return "ListPetsParams{"
        + "offset="
        + offset
        + ", limit="
        + limit
        + ", maxItems="
        + maxItems
        + "}";
  }

  /** Builds {@link ListPetsParams}. */
  public static final class Builder {
    private Long offset;

    private Long limit;

    private Integer maxItems;

    private Builder() {}

    private Builder(ListPetsParams source) {
      this.offset = source.offset;
      this.limit = source.limit;
      this.maxItems = source.maxItems;
    }

    /** The query parameter {@code offset}. */
    public Builder offset(long offset) {
      this.offset = offset;
      return this;
    }

    /** The query parameter {@code limit}. */
    public Builder limit(long limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The most items iterating the result yields, a positive number; no page past them is fetched.
     */
    public Builder maxItems(int maxItems) {
      this.maxItems = Checks.itemLimit(maxItems, "maxItems");
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public ListPetsParams build() {
      return new ListPetsParams(this);
    }
  }
}
