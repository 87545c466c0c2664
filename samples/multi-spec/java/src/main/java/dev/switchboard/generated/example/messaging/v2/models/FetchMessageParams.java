package dev.switchboard.generated.example.messaging.v2.models;

import dev.switchboard.generated.example.core.Checks;
import java.util.Objects;

/** Parameters of {@code FetchMessage}. */
public final class FetchMessageParams {
  private final String sid;

  private FetchMessageParams(Builder builder) {
    this.sid = builder.sid;
  }

  /** The path parameter {@code sid}. */
  public String sid() {
    return sid;
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
    return Objects.equals(this.sid, that.sid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sid);
  }

  @Override
  public String toString() {
    return "FetchMessageParams{" + "sid=" + sid + "}";
  }

  /** Builds {@link FetchMessageParams}. */
  public static final class Builder {
    private String sid;

    private Builder() {}

    private Builder(FetchMessageParams source) {
      this.sid = source.sid;
    }

    /** The path parameter {@code sid}. */
    public Builder sid(String sid) {
      this.sid = Objects.requireNonNull(sid, "sid");
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public FetchMessageParams build() {
      Checks.required(sid, "sid");
      return new FetchMessageParams(this);
    }
  }
}
