package com.kitchensink.models;

import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code listPets}. */
public final class ListPetsParams {
  private final Long offset;

  private final Long limit;

  private ListPetsParams(Builder builder) {
    this.offset = builder.offset;
    this.limit = builder.limit;
  }

  /** The query parameter {@code offset}. */
  public Optional<Long> offset() {
    return Optional.ofNullable(offset);
  }

  /** The query parameter {@code limit}. */
  public Optional<Long> limit() {
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
    if (!(other instanceof ListPetsParams)) {
      return false;
    }
    ListPetsParams that = (ListPetsParams) other;
    return Objects.equals(this.offset, that.offset) && Objects.equals(this.limit, that.limit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(offset, limit);
  }

  @Override
  public String toString() {
    return "ListPetsParams{" + "offset=" + offset + ", limit=" + limit + "}";
  }

  /** Builds {@link ListPetsParams}. */
  public static final class Builder {
    private Long offset;

    private Long limit;

    private Builder() {}

    private Builder(ListPetsParams source) {
      this.offset = source.offset;
      this.limit = source.limit;
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

    /** Builds the parameters; fails naming the first required one that is not set. */
    public ListPetsParams build() {
      return new ListPetsParams(this);
    }
  }
}
