package dev.switchboard.generated.tree.models;

import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code UpdateCall}. */
public final class CallUpdateParams {
  private final UpdateCallRequest body;

  private CallUpdateParams(Builder builder) {
    this.body = builder.bodySet ? builder.body.build() : null;
  }

  /** The request body. */
  public Optional<UpdateCallRequest> body() {
    return Optional.ofNullable(body);
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
    if (!(other instanceof CallUpdateParams)) {
      return false;
    }
    CallUpdateParams that = (CallUpdateParams) other;
    return Objects.equals(this.body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(body);
  }

  @Override
  public String toString() {
    return "CallUpdateParams{" + "body=" + body + "}";
  }

  /** Builds {@link CallUpdateParams}. */
  public static final class Builder {
    private UpdateCallRequest.Builder body = UpdateCallRequest.builder();

    private boolean bodySet;

    private Builder() {}

    private Builder(CallUpdateParams source) {
      if (source.body != null) {
        this.body = source.body.toBuilder();
        this.bodySet = true;
      }
    }

    /** Sets every body property at once from a {@link UpdateCallRequest}. */
    public Builder body(UpdateCallRequest body) {
      this.body = body.toBuilder();
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code Status}. */
    public Builder status(UpdateCallRequestStatus status) {
      this.body.status(status);
      this.bodySet = true;
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public CallUpdateParams build() {
      return new CallUpdateParams(this);
    }
  }
}
