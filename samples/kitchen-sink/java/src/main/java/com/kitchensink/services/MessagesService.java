package com.kitchensink.services;

import com.kitchensink.core.ApiResponse;
import com.kitchensink.core.HttpExecutor;
import com.kitchensink.core.Page;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.models.CreateMessageParams;
import com.kitchensink.models.FetchMessageParams;
import com.kitchensink.models.ListMessagesParams;
import com.kitchensink.models.Message;
import com.kitchensink.models.MessagePage;

/** Send and list messages. */
public final class MessagesService {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public MessagesService(HttpExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List messages, newest first (page-URL pagination, Twilio style).
   *
   * <p><code>GET /accounts/&#123;accountSid&#125;/messages</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Page<Message> list(ListMessagesParams params, RequestOptions options) {
    return executor.page(
        MessagesEndpoints.list(params),
        options,
        MessagesEndpoints.LIST,
        MessagesEndpoints.LIST_PAGING,
        params.limit().orElse(0));
  }

  /**
   * List messages, newest first (page-URL pagination, Twilio style).
   *
   * <p><code>GET /accounts/&#123;accountSid&#125;/messages</code>
   *
   * @param params the operation's parameters
   */
  public Page<Message> list(ListMessagesParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Send a message.
   *
   * <p><code>POST /accounts/&#123;accountSid&#125;/messages</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Message create(CreateMessageParams params, RequestOptions options) {
    return withRawResponse.create(params, options).body();
  }

  /**
   * Send a message.
   *
   * <p><code>POST /accounts/&#123;accountSid&#125;/messages</code>
   *
   * @param params the operation's parameters
   */
  public Message create(CreateMessageParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Fetch one message.
   *
   * <p><code>GET /accounts/&#123;accountSid&#125;/messages/&#123;messageSid&#125;</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Message fetch(FetchMessageParams params, RequestOptions options) {
    return withRawResponse.fetch(params, options).body();
  }

  /**
   * Fetch one message.
   *
   * <p><code>GET /accounts/&#123;accountSid&#125;/messages/&#123;messageSid&#125;</code>
   *
   * @param params the operation's parameters
   */
  public Message fetch(FetchMessageParams params) {
    return fetch(params, RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    WithRawResponse(HttpExecutor executor) {
      this.executor = executor;
    }

    /**
     * List messages, newest first (page-URL pagination, Twilio style).
     *
     * <p><code>GET /accounts/&#123;accountSid&#125;/messages</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<MessagePage> list(ListMessagesParams params, RequestOptions options) {
      return executor.execute(MessagesEndpoints.list(params), options, MessagesEndpoints.LIST);
    }

    /**
     * List messages, newest first (page-URL pagination, Twilio style).
     *
     * <p><code>GET /accounts/&#123;accountSid&#125;/messages</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<MessagePage> list(ListMessagesParams params) {
      return list(params, RequestOptions.none());
    }

    /**
     * Send a message.
     *
     * <p><code>POST /accounts/&#123;accountSid&#125;/messages</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Message> create(CreateMessageParams params, RequestOptions options) {
      return executor.execute(MessagesEndpoints.create(params), options, MessagesEndpoints.CREATE);
    }

    /**
     * Send a message.
     *
     * <p><code>POST /accounts/&#123;accountSid&#125;/messages</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Message> create(CreateMessageParams params) {
      return create(params, RequestOptions.none());
    }

    /**
     * Fetch one message.
     *
     * <p><code>GET /accounts/&#123;accountSid&#125;/messages/&#123;messageSid&#125;</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Message> fetch(FetchMessageParams params, RequestOptions options) {
      return executor.execute(MessagesEndpoints.fetch(params), options, MessagesEndpoints.FETCH);
    }

    /**
     * Fetch one message.
     *
     * <p><code>GET /accounts/&#123;accountSid&#125;/messages/&#123;messageSid&#125;</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Message> fetch(FetchMessageParams params) {
      return fetch(params, RequestOptions.none());
    }
  }
}
