package com.kitchensink.services;

import com.kitchensink.core.ApiResponse;
import com.kitchensink.core.HttpExecutor;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.models.CreatePaymentIntentParams;
import com.kitchensink.models.PaymentIntent;
import com.kitchensink.models.UpdatePaymentIntentParams;
import java.util.concurrent.CompletableFuture;

/**
 * Form bodies written as Stripe's are (deepObject brackets, explicit encodings) and errors wrapped
 * in `error`.
 *
 * <p>Every method returns at once with a {@link java.util.concurrent.CompletableFuture}.
 */
public final class PaymentIntentsServiceAsync {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public PaymentIntentsServiceAsync(HttpExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Create a payment intent; arrays and objects in the form use deepObject brackets.
   *
   * <p><code>POST /payment_intents</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public CompletableFuture<PaymentIntent> create(
      CreatePaymentIntentParams params, RequestOptions options) {
    return withRawResponse.create(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Create a payment intent; arrays and objects in the form use deepObject brackets.
   *
   * <p><code>POST /payment_intents</code>
   *
   * @param params the operation's parameters
   */
  public CompletableFuture<PaymentIntent> create(CreatePaymentIntentParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Update a payment intent; each structured field has its own explicit encoding.
   *
   * <p><code>POST /payment_intents/&#123;intent&#125;</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public CompletableFuture<PaymentIntent> update(
      UpdatePaymentIntentParams params, RequestOptions options) {
    return withRawResponse.update(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Update a payment intent; each structured field has its own explicit encoding.
   *
   * <p><code>POST /payment_intents/&#123;intent&#125;</code>
   *
   * @param params the operation's parameters
   */
  public CompletableFuture<PaymentIntent> update(UpdatePaymentIntentParams params) {
    return update(params, RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    WithRawResponse(HttpExecutor executor) {
      this.executor = executor;
    }

    /**
     * Create a payment intent; arrays and objects in the form use deepObject brackets.
     *
     * <p><code>POST /payment_intents</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<PaymentIntent>> create(
        CreatePaymentIntentParams params, RequestOptions options) {
      return executor.executeAsync(
          PaymentIntentsEndpoints.create(params), options, PaymentIntentsEndpoints.CREATE);
    }

    /**
     * Create a payment intent; arrays and objects in the form use deepObject brackets.
     *
     * <p><code>POST /payment_intents</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<PaymentIntent>> create(CreatePaymentIntentParams params) {
      return create(params, RequestOptions.none());
    }

    /**
     * Update a payment intent; each structured field has its own explicit encoding.
     *
     * <p><code>POST /payment_intents/&#123;intent&#125;</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<PaymentIntent>> update(
        UpdatePaymentIntentParams params, RequestOptions options) {
      return executor.executeAsync(
          PaymentIntentsEndpoints.update(params), options, PaymentIntentsEndpoints.UPDATE);
    }

    /**
     * Update a payment intent; each structured field has its own explicit encoding.
     *
     * <p><code>POST /payment_intents/&#123;intent&#125;</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<PaymentIntent>> update(UpdatePaymentIntentParams params) {
      return update(params, RequestOptions.none());
    }
  }
}
