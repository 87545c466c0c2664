package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code createMessage}. */
public final class CreateMessageParams {
  private final String accountSid;

  private final String idempotencyKey;

  private final CreateMessageRequest requestBody;

  private CreateMessageParams(Builder builder) {
    this.accountSid = builder.accountSid;
    this.idempotencyKey = builder.idempotencyKey;
    this.requestBody = builder.requestBody.build();
  }

  /** The path parameter {@code accountSid}. */
  public String accountSid() {
    return accountSid;
  }

  /** Makes a retried POST safe; the SDK generates one when absent. */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
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
    return Objects.equals(this.accountSid, that.accountSid)
        && Objects.equals(this.idempotencyKey, that.idempotencyKey)
        && Objects.equals(this.requestBody, that.requestBody);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, idempotencyKey, requestBody);
  }

  @Override
  public String toString() {
    return "CreateMessageParams{"
        + "accountSid="
        + accountSid
        + ", idempotencyKey="
        + idempotencyKey
        + ", requestBody="
        + requestBody
        + "}";
  }

  /** Builds {@link CreateMessageParams}. */
  public static final class Builder {
    private String accountSid;

    private String idempotencyKey;

    private CreateMessageRequest.Builder requestBody = CreateMessageRequest.builder();

    private boolean bodySet;

    private Builder() {}

    private Builder(CreateMessageParams source) {
      this.accountSid = source.accountSid;
      this.idempotencyKey = source.idempotencyKey;
      if (source.requestBody != null) {
        this.requestBody = source.requestBody.toBuilder();
        this.bodySet = true;
      }
    }

    /** The path parameter {@code accountSid}. */
    public Builder accountSid(String accountSid) {
      this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
      return this;
    }

    /** Makes a retried POST safe; the SDK generates one when absent. */
    public Builder idempotencyKey(String idempotencyKey) {
      this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      return this;
    }

    /** Sets every body property at once from a {@link CreateMessageRequest}. */
    public Builder requestBody(CreateMessageRequest requestBody) {
      this.requestBody = requestBody.toBuilder();
      this.bodySet = true;
      return this;
    }

    /** Destination in E.164 form. */
    public Builder to(String to) {
      this.requestBody.to(to);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code From}. */
    public Builder from(String from) {
      this.requestBody.from(from);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code Body}. */
    public Builder body(String body) {
      this.requestBody.body(body);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code MediaUrl}. */
    public Builder mediaUrl(List<String> mediaUrl) {
      this.requestBody.mediaUrl(mediaUrl);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code ValidityPeriod}. */
    public Builder validityPeriod(long validityPeriod) {
      this.requestBody.validityPeriod(validityPeriod);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code SendAt}. */
    public Builder sendAt(OffsetDateTime sendAt) {
      this.requestBody.sendAt(sendAt);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code ShortenUrls}. */
    public Builder shortenUrls(boolean shortenUrls) {
      this.requestBody.shortenUrls(shortenUrls);
      this.bodySet = true;
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public CreateMessageParams build() {
      Checks.required(accountSid, "accountSid");
      return new CreateMessageParams(this);
    }
  }
}
