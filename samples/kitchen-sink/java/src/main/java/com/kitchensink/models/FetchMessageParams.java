package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.util.Objects;

/** Parameters of {@code fetchMessage}. */
public final class FetchMessageParams {
  private final String accountSid;

  private final String messageSid;

  private FetchMessageParams(Builder builder) {
    this.accountSid = builder.accountSid;
    this.messageSid = builder.messageSid;
  }

  /** The path parameter {@code accountSid}. */
  public String accountSid() {
    return accountSid;
  }

  /** Message id; may contain characters that need percent-encoding. */
  public String messageSid() {
    return messageSid;
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
    if (!(other instanceof FetchMessageParams)) {
      return false;
    }
    FetchMessageParams that = (FetchMessageParams) other;
    return Objects.equals(this.accountSid, that.accountSid)
        && Objects.equals(this.messageSid, that.messageSid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, messageSid);
  }

  @Override
  public String toString() {
    return "FetchMessageParams{" + "accountSid=" + accountSid + ", messageSid=" + messageSid + "}";
  }

  /** Builds {@link FetchMessageParams}. */
  public static final class Builder {
    private String accountSid;

    private String messageSid;

    private Builder() {}

    private Builder(FetchMessageParams source) {
      this.accountSid = source.accountSid;
      this.messageSid = source.messageSid;
    }

    /** The path parameter {@code accountSid}. */
    public Builder accountSid(String accountSid) {
      this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
      return this;
    }

    /** Message id; may contain characters that need percent-encoding. */
    public Builder messageSid(String messageSid) {
      this.messageSid = Objects.requireNonNull(messageSid, "messageSid");
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public FetchMessageParams build() {
      Checks.required(accountSid, "accountSid");
      Checks.required(messageSid, "messageSid");
      return new FetchMessageParams(this);
    }
  }
}
