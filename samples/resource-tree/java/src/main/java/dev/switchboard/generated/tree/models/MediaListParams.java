package dev.switchboard.generated.tree.models;

import dev.switchboard.generated.tree.core.Checks;
import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code ListMedia}. */
public final class MediaListParams {
  private final Integer limit;

  private MediaListParams(Builder builder) {
    this.limit = builder.limit;
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
    if (!(other instanceof MediaListParams)) {
      return false;
    }
    MediaListParams that = (MediaListParams) other;
    return Objects.equals(this.limit, that.limit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit);
  }

  @Override
  public String toString() {
    return "MediaListParams{" + "limit=" + limit + "}";
  }

  /** Builds {@link MediaListParams}. */
  public static final class Builder {
    private Integer limit;

    private Builder() {}

    private Builder(MediaListParams source) {
      this.limit = source.limit;
    }

    /**
     * The most items iterating the result yields, a positive number; no page past them is fetched.
     */
    public Builder limit(int limit) {
      this.limit = Checks.itemLimit(limit, "limit");
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public MediaListParams build() {
      return new MediaListParams(this);
    }
  }
}
