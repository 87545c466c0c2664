package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code listCharges}. */
public final class ListChargesParams {
  private final Long limit;

  private final String startingAfter;

  private final Integer maxItems;

  private ListChargesParams(Builder builder) {
    this.limit = builder.limit;
    this.startingAfter = builder.startingAfter;
    this.maxItems = builder.maxItems;
  }

  /** The query parameter {@code limit}. */
  public Optional<Long> limit() {
    return Optional.ofNullable(limit);
  }

  /** The query parameter {@code starting_after}. */
  public Optional<String> startingAfter() {
    return Optional.ofNullable(startingAfter);
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
    if (!(other instanceof ListChargesParams)) {
      return false;
    }
    ListChargesParams that = (ListChargesParams) other;
    return Objects.equals(this.limit, that.limit)
        && Objects.equals(this.startingAfter, that.startingAfter)
        && Objects.equals(this.maxItems, that.maxItems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, startingAfter, maxItems);
  }

  @Override
  public String toString() {
    return "ListChargesParams{"
        + "limit="
        + limit
        + ", startingAfter="
        + startingAfter
        + ", maxItems="
        + maxItems
        + "}";
  }

  /** Builds {@link ListChargesParams}. */
  public static final class Builder {
    private Long limit;

    private String startingAfter;

    private Integer maxItems;

    private Builder() {}

    private Builder(ListChargesParams source) {
      this.limit = source.limit;
      this.startingAfter = source.startingAfter;
      this.maxItems = source.maxItems;
    }

    /** The query parameter {@code limit}. */
    public Builder limit(long limit) {
      this.limit = limit;
      return this;
    }

    /** The query parameter {@code starting_after}. */
    public Builder startingAfter(String startingAfter) {
      this.startingAfter = Objects.requireNonNull(startingAfter, "startingAfter");
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
    public ListChargesParams build() {
      return new ListChargesParams(this);
    }
  }
}
