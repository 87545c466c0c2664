package dev.switchboard.generated.tree.models;

import dev.switchboard.generated.tree.core.Checks;
import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code ListMessage}. */
public final class MessageListParams {
  private final String to;

  private final Long pageSize;

  private final Integer limit;

  private MessageListParams(Builder builder) {
    this.to = builder.to;
    this.pageSize = builder.pageSize;
    this.limit = builder.limit;
  }

  /** The query parameter {@code To}. */
  public Optional<String> to() {
    return Optional.ofNullable(to);
  }

  /** The query parameter {@code PageSize}. */
  public Optional<Long> pageSize() {
    return Optional.ofNullable(pageSize);
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
    if (!(other instanceof MessageListParams)) {
      return false;
    }
    MessageListParams that = (MessageListParams) other;
    return Objects.equals(this.to, that.to)
        && Objects.equals(this.pageSize, that.pageSize)
        && Objects.equals(this.limit, that.limit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(to, pageSize, limit);
  }

  @Override
  public String toString() {
    return "MessageListParams{" + "to=" + to + ", pageSize=" + pageSize + ", limit=" + limit + "}";
  }

  /** Builds {@link MessageListParams}. */
  public static final class Builder {
    private String to;

    private Long pageSize;

    private Integer limit;

    private Builder() {}

    private Builder(MessageListParams source) {
      this.to = source.to;
      this.pageSize = source.pageSize;
      this.limit = source.limit;
    }

    /** The query parameter {@code To}. */
    public Builder to(String to) {
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    /** The query parameter {@code PageSize}. */
    public Builder pageSize(long pageSize) {
      this.pageSize = pageSize;
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
    public MessageListParams build() {
      return new MessageListParams(this);
    }
  }
}
