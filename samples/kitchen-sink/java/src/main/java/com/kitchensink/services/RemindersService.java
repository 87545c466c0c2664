package com.kitchensink.services;

import com.kitchensink.core.ApiResponse;
import com.kitchensink.core.HttpExecutor;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.models.CreateReminderParams;
import com.kitchensink.models.Reminder;

/** Reminders, whose times are RFC 2822 text. */
public final class RemindersService {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public RemindersService(HttpExecutor executor) {
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
  public Reminder create(CreateReminderParams params, RequestOptions options) {
    return withRawResponse.create(params, options).body();
  }

  /**
   * Schedule a reminder; its times are RFC 2822 text on the wire, as Twilio writes them.
   *
   * <p><code>POST /accounts/&#123;AccountSid&#125;/reminders</code>
   *
   * @param params the operation's parameters
   */
  public Reminder create(CreateReminderParams params) {
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
    public ApiResponse<Reminder> create(CreateReminderParams params, RequestOptions options) {
      return executor.execute(
          RemindersEndpoints.create(params), options, RemindersEndpoints.CREATE);
    }

    /**
     * Schedule a reminder; its times are RFC 2822 text on the wire, as Twilio writes them.
     *
     * <p><code>POST /accounts/&#123;AccountSid&#125;/reminders</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Reminder> create(CreateReminderParams params) {
      return create(params, RequestOptions.none());
    }
  }
}
