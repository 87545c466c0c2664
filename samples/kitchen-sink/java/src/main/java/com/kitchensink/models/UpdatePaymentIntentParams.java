package com.kitchensink.models;

import com.kitchensink.core.Checks;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Parameters of {@code updatePaymentIntent}. */
public final class UpdatePaymentIntentParams {
  private final String intent;

  private final UpdatePaymentIntentRequest body;

  private UpdatePaymentIntentParams(Builder builder) {
    this.intent = builder.intent;
    this.body = builder.bodySet ? builder.body.build() : null;
  }

  /** The path parameter {@code intent}. */
  public String intent() {
    return intent;
  }

  /** The request body. */
  public Optional<UpdatePaymentIntentRequest> body() {
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
    if (!(other instanceof UpdatePaymentIntentParams)) {
      return false;
    }
    UpdatePaymentIntentParams that = (UpdatePaymentIntentParams) other;
    return Objects.equals(this.intent, that.intent) && Objects.equals(this.body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(intent, body);
  }

  @Override
  public String toString() {
    return "UpdatePaymentIntentParams{" + "intent=" + intent + ", body=" + body + "}";
  }

  /** Builds {@link UpdatePaymentIntentParams}. */
  public static final class Builder {
    private String intent;

    private UpdatePaymentIntentRequest.Builder body = UpdatePaymentIntentRequest.builder();

    private boolean bodySet;

    private Builder() {}

    private Builder(UpdatePaymentIntentParams source) {
      this.intent = source.intent;
      if (source.body != null) {
        this.body = source.body.toBuilder();
        this.bodySet = true;
      }
    }

    /** The path parameter {@code intent}. */
    public Builder intent(String intent) {
      this.intent = Objects.requireNonNull(intent, "intent");
      return this;
    }

    /** Sets every body property at once from a {@link UpdatePaymentIntentRequest}. */
    public Builder body(UpdatePaymentIntentRequest body) {
      this.body = body.toBuilder();
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code description}. */
    public Builder description(String description) {
      this.body.description(description);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code payment_method_types}. */
    public Builder paymentMethodTypes(List<String> paymentMethodTypes) {
      this.body.paymentMethodTypes(paymentMethodTypes);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code labels}. */
    public Builder labels(List<String> labels) {
      this.body.labels(labels);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code metadata}. */
    public Builder metadata(Map<String, String> metadata) {
      this.body.metadata(metadata);
      this.bodySet = true;
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public UpdatePaymentIntentParams build() {
      Checks.required(intent, "intent");
      return new UpdatePaymentIntentParams(this);
    }
  }
}
