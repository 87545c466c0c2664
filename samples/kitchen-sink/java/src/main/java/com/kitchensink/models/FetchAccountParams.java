package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.util.Objects;

/** Parameters of {@code fetchAccount}. */
public final class FetchAccountParams {
  private final String accountSid;

  private FetchAccountParams(Builder builder) {
    this.accountSid = builder.accountSid;
  }

  /** The path parameter {@code accountSid}. */
  public String accountSid() {
    return accountSid;
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
    if (!(other instanceof FetchAccountParams)) {
      return false;
    }
    FetchAccountParams that = (FetchAccountParams) other;
    return Objects.equals(this.accountSid, that.accountSid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid);
  }

  @Override
  public String toString() {
    return "FetchAccountParams{" + "accountSid=" + accountSid + "}";
  }

  /** Builds {@link FetchAccountParams}. */
  public static final class Builder {
    private String accountSid;

    private Builder() {}

    private Builder(FetchAccountParams source) {
      this.accountSid = source.accountSid;
    }

    /** The path parameter {@code accountSid}. */
    public Builder accountSid(String accountSid) {
      this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public FetchAccountParams build() {
      Checks.required(accountSid, "accountSid");
      return new FetchAccountParams(this);
    }
  }
}
