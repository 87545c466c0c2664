package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.util.Objects;

/** Parameters of {@code fetchCall}. */
public final class FetchCallParams {
  private final Long callId;

  private FetchCallParams(Builder builder) {
    this.callId = builder.callId;
  }

  /** The path parameter {@code callId}. */
  public long callId() {
    return callId;
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
    if (!(other instanceof FetchCallParams)) {
      return false;
    }
    FetchCallParams that = (FetchCallParams) other;
    return Objects.equals(this.callId, that.callId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(callId);
  }

  @Override
  public String toString() {
    return "FetchCallParams{" + "callId=" + callId + "}";
  }

  /** Builds {@link FetchCallParams}. */
  public static final class Builder {
    private Long callId;

    private Builder() {}

    private Builder(FetchCallParams source) {
      this.callId = source.callId;
    }

    /** The path parameter {@code callId}. */
    public Builder callId(long callId) {
      this.callId = callId;
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public FetchCallParams build() {
      Checks.required(callId, "callId");
      return new FetchCallParams(this);
    }
  }
}
