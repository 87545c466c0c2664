package dev.switchboard.generated.tree.models;

import java.util.Objects;

/** Parameters of {@code CreateMessage}. */
public final class MessageCreateParams {
  private final CreateMessageRequest requestBody;

  private MessageCreateParams(Builder builder) {
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
    if (!(other instanceof MessageCreateParams)) {
      return false;
    }
    MessageCreateParams that = (MessageCreateParams) other;
    return Objects.equals(this.requestBody, that.requestBody);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestBody);
  }

  @Override
  public String toString() {
    return "MessageCreateParams{" + "requestBody=" + requestBody + "}";
  }

  /** Builds {@link MessageCreateParams}. */
  public static final class Builder {
    private CreateMessageRequest.Builder requestBody = CreateMessageRequest.builder();

    private boolean bodySet;

    private Builder() {}

    private Builder(MessageCreateParams source) {
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
    public MessageCreateParams build() {
      return new MessageCreateParams(this);
    }
  }
}
