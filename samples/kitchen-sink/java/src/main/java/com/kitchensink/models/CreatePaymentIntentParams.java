package com.kitchensink.models;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Parameters of {@code createPaymentIntent}. */
public final class CreatePaymentIntentParams {
  private final PaymentIntentCreate body;

  private CreatePaymentIntentParams(Builder builder) {
    this.body = builder.body.build();
  }

  /** The request body. */
  public PaymentIntentCreate body() {
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
    if (!(other instanceof CreatePaymentIntentParams)) {
      return false;
    }
    CreatePaymentIntentParams that = (CreatePaymentIntentParams) other;
    return Objects.equals(this.body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(body);
  }

  @Override
  public String toString() {
    return "CreatePaymentIntentParams{" + "body=" + body + "}";
  }

  /** Builds {@link CreatePaymentIntentParams}. */
  public static final class Builder {
    private PaymentIntentCreate.Builder body = PaymentIntentCreate.builder();

    private boolean bodySet;

    private Builder() {}

    private Builder(CreatePaymentIntentParams source) {
      if (source.body != null) {
        this.body = source.body.toBuilder();
        this.bodySet = true;
      }
    }

    /** Sets every body property at once from a {@link PaymentIntentCreate}. */
    public Builder body(PaymentIntentCreate body) {
      this.body = body.toBuilder();
      this.bodySet = true;
      return this;
    }

    /** Amount in the currency's smallest unit. */
    public Builder amount(long amount) {
      this.body.amount(amount);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code currency}. */
    public Builder currency(String currency) {
      this.body.currency(currency);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code payment_method_types}. */
    public Builder paymentMethodTypes(List<String> paymentMethodTypes) {
      this.body.paymentMethodTypes(paymentMethodTypes);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code expand}. */
    public Builder expand(List<String> expand) {
      this.body.expand(expand);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code metadata}. */
    public Builder metadata(Map<String, String> metadata) {
      this.body.metadata(metadata);
      this.bodySet = true;
      return this;
    }

    /** Sets the body property {@code shipping}. */
    public Builder shipping(PaymentIntentCreateShipping shipping) {
      this.body.shipping(shipping);
      this.bodySet = true;
      return this;
    }

    /** Builds the parameters; fails naming the first required one that is not set. */
    public CreatePaymentIntentParams build() {
      return new CreatePaymentIntentParams(this);
    }
  }
}
