package com.kitchensink.models;

import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code listCharges}. */
public final class ListChargesParams {
  private final Long limit;

  private final String startingAfter;

  private ListChargesParams(Builder builder) {
    this.limit = builder.limit;
    this.startingAfter = builder.startingAfter;
  }

  /** The query parameter {@code limit}. */
  public Optional<Long> limit() {
    return Optional.ofNullable(limit);
  }

  /** The query parameter {@code starting_after}. */
  public Optional<String> startingAfter() {
    return Optional.ofNullable(startingAfter);
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
        && Objects.equals(this.startingAfter, that.startingAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, startingAfter);
  }

  @Override
  public String toString() {
    return "ListChargesParams{" + "limit=" + limit + ", startingAfter=" + startingAfter + "}";
  }

  /** Builds {@link ListChargesParams}. */
  public static final class Builder {
    private Long limit;

    private String startingAfter;

    private Builder() {}

    private Builder(ListChargesParams source) {
      this.limit = source.limit;
      this.startingAfter = source.startingAfter;
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

    /** Builds the parameters; fails naming the first required one that is not set. */
    public ListChargesParams build() {
      return new ListChargesParams(this);
    }
  }
}
