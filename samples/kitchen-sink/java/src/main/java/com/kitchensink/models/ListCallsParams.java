package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code listCalls}. */
public final class ListCallsParams {
  private final String cursor;

  private final Integer limit;

  private final List<CallStatus> status;

  private final List<String> fields;

  private final String xRequestTrace;

  private final Integer maxItems;

  private ListCallsParams(Builder builder) {
    this.cursor = builder.cursor;
    this.limit = builder.limit;
    this.status = builder.status;
    this.fields = builder.fields;
    this.xRequestTrace = builder.xRequestTrace;
    this.maxItems = builder.maxItems;
  }

  /** The query parameter {@code cursor}. */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /** The query parameter {@code limit}. */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /** Repeated key, status=a&amp;status=b. */
  public Optional<List<CallStatus>> status() {
    return Optional.ofNullable(status);
  }

  /** Comma separated, fields=a,b. */
  public Optional<List<String>> fields() {
    return Optional.ofNullable(fields);
  }

  /** The header parameter {@code X-Request-Trace}. */
  public Optional<String> xRequestTrace() {
    return Optional.ofNullable(xRequestTrace);
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
    if (!(other instanceof ListCallsParams)) {
      return false;
    }
    ListCallsParams that = (ListCallsParams) other;
    return Objects.equals(this.cursor, that.cursor)
        && Objects.equals(this.limit, that.limit)
        && Objects.equals(this.status, that.status)
        && Objects.equals(this.fields, that.fields)
        && Objects.equals(this.xRequestTrace, that.xRequestTrace)
        && Objects.equals(this.maxItems, that.maxItems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cursor, limit, status, fields, xRequestTrace, maxItems);
  }

  @Override
  public String toString() {
    return "ListCallsParams{"
        + "cursor="
        + cursor
        + ", limit="
        + limit
        + ", status="
        + status
        + ", fields="
        + fields
        + ", xRequestTrace="
        + xRequestTrace
        + ", maxItems="
        + maxItems
        + "}";
  }

  /** Builds {@link ListCallsParams}. */
  public static final class Builder {
    private String cursor;

    private Integer limit;

    private List<CallStatus> status;

    private List<String> fields;

    private String xRequestTrace;

    private Integer maxItems;

    private Builder() {}

    private Builder(ListCallsParams source) {
      this.cursor = source.cursor;
      this.limit = source.limit;
      this.status = source.status;
      this.fields = source.fields;
      this.xRequestTrace = source.xRequestTrace;
      this.maxItems = source.maxItems;
    }

    /** The query parameter {@code cursor}. */
    public Builder cursor(String cursor) {
      this.cursor = Objects.requireNonNull(cursor, "cursor");
      return this;
    }

    /** The query parameter {@code limit}. */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** Repeated key, status=a&amp;status=b. */
    public Builder status(List<CallStatus> status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /** Comma separated, fields=a,b. */
    public Builder fields(List<String> fields) {
      this.fields = Objects.requireNonNull(fields, "fields");
      return this;
    }

    /** The header parameter {@code X-Request-Trace}. */
    public Builder xRequestTrace(String xRequestTrace) {
      this.xRequestTrace = Objects.requireNonNull(xRequestTrace, "xRequestTrace");
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
    public ListCallsParams build() {
      return new ListCallsParams(this);
    }
  }
}
