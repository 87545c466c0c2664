package com.kitchensink.services;

import com.kitchensink.core.ApiResponse;
import com.kitchensink.core.HttpExecutor;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.models.CreateReminderParams;
import com.kitchensink.models.Reminder;
import java.util.concurrent.CompletableFuture;

/**
 * Reminders, whose times are RFC 2822 text.
 *
 * <p>Every method returns at once with a {@link java.util.concurrent.CompletableFuture}.
 */
public final class RemindersServiceAsync {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public RemindersServiceAsync(HttpExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Schedule a reminder; its times are RFC 2822 text on the wire, as Twilio writes them.
   *
   * <p><code>POST /accounts/&#123;AccountSid&#125;/reminders</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public CompletableFuture<Reminder> create(CreateReminderParams params, RequestOptions options) {
    return withRawResponse.create(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Schedule a reminder; its times are RFC 2822 text on the wire, as Twilio writes them.
   *
   * <p><code>POST /accounts/&#123;AccountSid&#125;/reminders</code>
   *
   * @param params the operation's parameters
   */
  public CompletableFuture<Reminder> create(CreateReminderParams params) {
    return create(params, RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    WithRawResponse(HttpExecutor executor) {
      this.executor = executor;
    }

    /**
     * Schedule a reminder; its times are RFC 2822 text on the wire, as Twilio writes them.
     *
     * <p><code>POST /accounts/&#123;AccountSid&#125;/reminders</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<Reminder>> create(
        CreateReminderParams params, RequestOptions options) {
      return executor.executeAsync(
          RemindersEndpoints.create(params), options, RemindersEndpoints.CREATE);
    }

    /**
     * Schedule a reminder; its times are RFC 2822 text on the wire, as Twilio writes them.
     *
     * <p><code>POST /accounts/&#123;AccountSid&#125;/reminders</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<Reminder>> create(CreateReminderParams params) {
      return create(params, RequestOptions.none());
    }
  }
}
