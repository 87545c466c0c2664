package dev.switchboard.generated.tree.models;

import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code UpdateMessage}. */
public final class MessageUpdateParams {
  private final UpdateMessageRequest requestBody;

  private MessageUpdateParams(Builder builder) {
    this.requestBody = builder.bodySet ? builder.requestBody.build() : null;
  }

  /** The request body. */
  public Optional<UpdateMessageRequest> requestBody() {
    return Optional.ofNullable(requestBody);
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
    if (!(other instanceof MessageUpdateParams)) {
      return false;
    }
    MessageUpdateParams that = (MessageUpdateParams) other;
    return Objects.equals(this.requestBody, that.requestBody);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestBody);
  }

  @Override
  public String toString() {
    return "MessageUpdateParams{" + "requestBody=" + requestBody + "}";
  }

  /** Builds {@link MessageUpdateParams}. */
  public static final class Builder {
    private UpdateMessageRequest.Builder requestBody = UpdateMessageRequest.builder();

    private boolean bodySet;

    private Builder() {}

    private Builder(MessageUpdateParams source) {
      if (source.requestBody != null) {
        this.requestBody = source.requestBody.toBuilder();
        this.bodySet = true;
      }
    }

    /** Sets every body property at once from a {@link UpdateMessageRequest}. */
    public Builder requestBody(UpdateMessageRequest requestBody) {
      this.requestBody = requestBody.toBuilder();
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code Body}. */
    public Builder body(String body) {
      this.requestBody.body(body);
      this.bodySet = true;
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public MessageUpdateParams build() {
      return new MessageUpdateParams(this);
    }
  }
}
