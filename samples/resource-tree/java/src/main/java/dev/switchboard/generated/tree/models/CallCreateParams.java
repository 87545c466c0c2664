package dev.switchboard.generated.tree.models;

import java.util.Objects;

/** Parameters of {@code CreateCall}. */
public final class CallCreateParams {
  private final CreateCallRequest body;

  private CallCreateParams(Builder builder) {
    this.body = builder.body.build();
  }

  /** The request body. */
  public CreateCallRequest body() {
    return body;
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
    if (!(other instanceof CallCreateParams)) {
      return false;
    }
    CallCreateParams that = (CallCreateParams) other;
    return Objects.equals(this.body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(body);
  }

  @Override
  public String toString() {
    return "CallCreateParams{" + "body=" + body + "}";
  }

  /** Builds {@link CallCreateParams}. */
  public static final class Builder {
    private CreateCallRequest.Builder body = CreateCallRequest.builder();

    private boolean bodySet;

    private Builder() {}

    private Builder(CallCreateParams source) {
      if (source.body != null) {
        this.body = source.body.toBuilder();
        this.bodySet = true;
      }
    }

    /** Sets every body property at once from a {@link CreateCallRequest}. */
    public Builder body(CreateCallRequest body) {
      this.body = body.toBuilder();
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code To}. */
    public Builder to(String to) {
      this.body.to(to);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code From}. */
    public Builder from(String from) {
      this.body.from(from);
      this.bodySet = true;
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public CallCreateParams build() {
      return new CallCreateParams(this);
    }
  }
}
