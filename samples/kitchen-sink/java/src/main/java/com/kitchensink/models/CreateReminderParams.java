package com.kitchensink.models;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code createReminder}. */
public final class CreateReminderParams {
  private final String accountSid;

  private final OffsetDateTime notBefore;

  private final CreateReminderRequest body;

  private CreateReminderParams(Builder builder) {
    this.accountSid = builder.accountSid;
    this.notBefore = builder.notBefore;
    this.body = builder.body.build();
  }

  /** The account; the config lets a call leave it out and use the client's user name (S53). */
  public Optional<String> accountSid() {
    return Optional.ofNullable(accountSid);
  }

  /** Not sent before this instant. */
  public Optional<OffsetDateTime> notBefore() {
    return Optional.ofNullable(notBefore);
  }

  /** The request body. */
  public CreateReminderRequest body() {
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
    if (!(other instanceof CreateReminderParams)) {
      return false;
    }
    CreateReminderParams that = (CreateReminderParams) other;
    return Objects.equals(this.accountSid, that.accountSid)
        && Objects.equals(this.notBefore, that.notBefore)
        && Objects.equals(this.body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, notBefore, body);
  }

  @Override
  public String toString() {
    return "CreateReminderParams{"
        + "accountSid="
        + accountSid
        + ", notBefore="
        + notBefore
        + ", body="
        + body
        + "}";
  }

  /** Builds {@link CreateReminderParams}. */
  public static final class Builder {
    private String accountSid;

    private OffsetDateTime notBefore;

    private CreateReminderRequest.Builder body = CreateReminderRequest.builder();

    private boolean bodySet;

    private Builder() {}

    private Builder(CreateReminderParams source) {
      this.accountSid = source.accountSid;
      this.notBefore = source.notBefore;
      if (source.body != null) {
        this.body = source.body.toBuilder();
        this.bodySet = true;
      }
    }

    /** The account; the config lets a call leave it out and use the client's user name (S53). */
    public Builder accountSid(String accountSid) {
      this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
      return this;
    }

    /** Not sent before this instant. */
    public Builder notBefore(OffsetDateTime notBefore) {
      this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
      return this;
    }

    /** Sets every body property at once from a {@link CreateReminderRequest}. */
    public Builder body(CreateReminderRequest body) {
      this.body = body.toBuilder();
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code RemindAt}. */
    public Builder remindAt(OffsetDateTime remindAt) {
      this.body.remindAt(remindAt);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code Note}. */
    public Builder note(String note) {
      this.body.note(note);
      this.bodySet = true;
      return this;
    }

    /** Repeats the reminder; a nested input, given as a model or as plain data. */
    public Builder repeat(CreateReminderRequestRepeat repeat) {
      this.body.repeat(repeat);
      this.bodySet = true;
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public CreateReminderParams build() {
      return new CreateReminderParams(this);
    }
  }
}
