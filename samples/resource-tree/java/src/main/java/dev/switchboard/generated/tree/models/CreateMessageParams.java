package dev.switchboard.generated.tree.models;

import java.util.Objects;

/** Parameters of {@code CreateMessage}. */
public final class CreateMessageParams {
  private final CreateMessageRequest requestBody;

  private CreateMessageParams(Builder builder) {
    this.requestBody = builder.requestBody.build();
  }

  /** The request body. */
  public CreateMessageRequest requestBody() {
    return requestBody;
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
    if (!(other instanceof CreateMessageParams)) {
      return false;
    }
    CreateMessageParams that = (CreateMessageParams) other;
    return Objects.equals(this.requestBody, that.requestBody);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestBody);
  }

  @Override
  public String toString() {
    return "CreateMessageParams{" + "requestBody=" + requestBody + "}";
  }

  /** Builds {@link CreateMessageParams}. */
  public static final class Builder {
    private CreateMessageRequest.Builder requestBody = CreateMessageRequest.builder();

    private boolean bodySet;

    private Builder() {}

    private Builder(CreateMessageParams source) {
      if (source.requestBody != null) {
        this.requestBody = source.requestBody.toBuilder();
        this.bodySet = true;
      }
    }

    /** Sets every body property at once from a {@link CreateMessageRequest}. */
    public Builder requestBody(CreateMessageRequest requestBody) {
      this.requestBody = requestBody.toBuilder();
      this.bodySet = true;
      return this;
    }

    /** The recipient. */
    public Builder to(String to) {
      this.requestBody.to(to);
      this.bodySet = true;
      return this;
    }

    /** The text. */
    public Builder body(String body) {
      this.requestBody.body(body);
      this.bodySet = true;
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public CreateMessageParams build() {
      return new CreateMessageParams(this);
    }
  }
}
