package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.util.List;
import java.util.Objects;

/** Parameters of {@code updateAccount}. */
public final class UpdateAccountParams {
  private final String accountSid;

  private final UpdateAccountRequest body;

  private UpdateAccountParams(Builder builder) {
    this.accountSid = builder.accountSid;
    this.body = builder.body.build();
  }

  /** The path parameter {@code accountSid}. */
  public String accountSid() {
    return accountSid;
  }

  /** The request body. */
  public UpdateAccountRequest body() {
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
    if (!(other instanceof UpdateAccountParams)) {
      return false;
    }
    UpdateAccountParams that = (UpdateAccountParams) other;
    return Objects.equals(this.accountSid, that.accountSid) && Objects.equals(this.body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountSid, body);
  }

  @Override
  public String toString() {
    return "UpdateAccountParams{" + "accountSid=" + accountSid + ", body=" + body + "}";
  }

  /** Builds {@link UpdateAccountParams}. */
  public static final class Builder {
    private String accountSid;

    private UpdateAccountRequest.Builder body = UpdateAccountRequest.builder();

    private boolean bodySet;

    private Builder() {}

    private Builder(UpdateAccountParams source) {
      this.accountSid = source.accountSid;
      if (source.body != null) {
        this.body = source.body.toBuilder();
        this.bodySet = true;
      }
    }

    /** The path parameter {@code accountSid}. */
    public Builder accountSid(String accountSid) {
      this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
      return this;
    }

    /** Sets every body property at once from a {@link UpdateAccountRequest}. */
    public Builder body(UpdateAccountRequest body) {
      this.body = body.toBuilder();
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code FriendlyName}. */
    public Builder friendlyName(String friendlyName) {
      this.body.friendlyName(friendlyName);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code Status}. */
    public Builder status(UpdateAccountRequestStatus status) {
      this.body.status(status);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code StatusCallback}. */
    public Builder statusCallback(String statusCallback) {
      this.body.statusCallback(statusCallback);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code StatusCallbackEvent}. */
    public Builder statusCallbackEvent(List<String> statusCallbackEvent) {
      this.body.statusCallbackEvent(statusCallbackEvent);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code VoiceEnabled}. */
    public Builder voiceEnabled(boolean voiceEnabled) {
      this.body.voiceEnabled(voiceEnabled);
      this.bodySet = true;
      return this;
    }

    /**
     * Builds the parameters; fails naming the first required one that is not set, or a group of
     * which none is.
     */
    public UpdateAccountParams build() {
      Checks.required(accountSid, "accountSid");
      UpdateAccountParams built = new UpdateAccountParams(this);
      Checks.requireOneOf(
          "friendlyName, status",
          built.body.friendlyName().isPresent(),
          built.body.status().isPresent());
      return built;
    }
  }
}
