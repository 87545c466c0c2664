package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code listMessages}. */
public final class ListMessagesParams {
  private final String accountSid;

  private final String to;

  private final OffsetDateTime dateSentAfter;

  private final MessageStatus status;

  private final Long pageSize;

  private final String pageToken;

  private final Integer limit;

  private ListMessagesParams(Builder builder) {
    this.accountSid = builder.accountSid;
    this.to = builder.to;
    this.dateSentAfter = builder.dateSentAfter;
    this.status = builder.status;
    this.pageSize = builder.pageSize;
    this.pageToken = builder.pageToken;
    this.limit = builder.limit;
  }

  /** The path parameter {@code accountSid}. */
  public String accountSid() {
    return accountSid;
  }

  /** The query parameter {@code To}. */
  public Optional<String> to() {
    return Optional.ofNullable(to);
  }

  /** Only messages sent after this instant (note the `&gt;` in the name). */
  public Optional<OffsetDateTime> dateSentAfter() {
    return Optional.ofNullable(dateSentAfter);
  }

  /** The query parameter {@code Status}. */
  public Optional<MessageStatus> status() {
    return Optional.ofNullable(status);
  }

  /** The query parameter {@code PageSize}. */
  public Optional<Long> pageSize() {
    return Optional.ofNullable(pageSize);
  }

  /** The query parameter {@code PageToken}. */
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
    if (!(other instanceof ListMessagesParams)) {
      return false;
    }
    ListMessagesParams that = (ListMessagesParams) other;
    return Objects.equals(this.accountSid, that.accountSid)
        && Objects.equals(this.to, that.to)
        && Objects.equals(this.dateSentAfter, that.dateSentAfter)
        && Objects.equals(this.status, that.status)
        && Objects.equals(this.pageSize, that.pageSize)
        && Objects.equals(this.pageToken, that.pageToken)
        && Objects.equals(this.limit, that.limit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, to, dateSentAfter, status, pageSize, pageToken, limit);
  }

  @Override
  public String toString() {
    return "ListMessagesParams{"
        + "accountSid="
        + accountSid
        + ", to="
        + to
        + ", dateSentAfter="
        + dateSentAfter
        + ", status="
        + status
        + ", pageSize="
        + pageSize
        + ", pageToken="
        + pageToken
        + ", limit="
        + limit
        + "}";
  }

  /** Builds {@link ListMessagesParams}. */
  public static final class Builder {
    private String accountSid;

    private String to;

    private OffsetDateTime dateSentAfter;

    private MessageStatus status;

    private Long pageSize;

    private String pageToken;

    private Integer limit;

    private Builder() {}

    private Builder(ListMessagesParams source) {
      this.accountSid = source.accountSid;
      this.to = source.to;
      this.dateSentAfter = source.dateSentAfter;
      this.status = source.status;
      this.pageSize = source.pageSize;
      this.pageToken = source.pageToken;
      this.limit = source.limit;
    }

    /** The path parameter {@code accountSid}. */
    public Builder accountSid(String accountSid) {
      this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
      return this;
    }

    /** The query parameter {@code To}. */
    public Builder to(String to) {
      this.to = Objects.requireNonNull(to, "to");
      return this;
    }

    /** Only messages sent after this instant (note the `&gt;` in the name). */
    public Builder dateSentAfter(OffsetDateTime dateSentAfter) {
      this.dateSentAfter = Objects.requireNonNull(dateSentAfter, "dateSentAfter");
      return this;
    }

    /** The query parameter {@code Status}. */
    public Builder status(MessageStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /** The query parameter {@code PageSize}. */
    public Builder pageSize(long pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** The query parameter {@code PageToken}. */
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
    public ListMessagesParams build() {
      Checks.required(accountSid, "accountSid");
      return new ListMessagesParams(this);
    }
  }
}
