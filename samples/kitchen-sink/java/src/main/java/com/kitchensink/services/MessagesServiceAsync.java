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
import java.util.concurrent.CompletableFuture;

/**
 * Send and list messages.
 *
 * <p>Every method returns at once with a {@link java.util.concurrent.CompletableFuture}.
 */
public final class MessagesServiceAsync {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public MessagesServiceAsync(HttpExecutor executor) {
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
  public CompletableFuture<Page<Message>> list(ListMessagesParams params, RequestOptions options) {
    return executor.pageAsync(
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
  public CompletableFuture<Page<Message>> list(ListMessagesParams params) {
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
  public CompletableFuture<Message> create(CreateMessageParams params, RequestOptions options) {
    return withRawResponse.create(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Send a message.
   *
   * <p><code>POST /accounts/&#123;accountSid&#125;/messages</code>
   *
   * @param params the operation's parameters
   */
  public CompletableFuture<Message> create(CreateMessageParams params) {
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
  public CompletableFuture<Message> fetch(FetchMessageParams params, RequestOptions options) {
    return withRawResponse.fetch(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Fetch one message.
   *
   * <p><code>GET /accounts/&#123;accountSid&#125;/messages/&#123;messageSid&#125;</code>
   *
   * @param params the operation's parameters
   */
  public CompletableFuture<Message> fetch(FetchMessageParams params) {
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
    public CompletableFuture<ApiResponse<MessagePage>> list(
        ListMessagesParams params, RequestOptions options) {
      return executor.executeAsync(MessagesEndpoints.list(params), options, MessagesEndpoints.LIST);
    }

    /**
     * List messages, newest first (page-URL pagination, Twilio style).
     *
     * <p><code>GET /accounts/&#123;accountSid&#125;/messages</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<MessagePage>> list(ListMessagesParams params) {
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
    public CompletableFuture<ApiResponse<Message>> create(
        CreateMessageParams params, RequestOptions options) {
      return executor.executeAsync(
          MessagesEndpoints.create(params), options, MessagesEndpoints.CREATE);
    }

    /**
     * Send a message.
     *
     * <p><code>POST /accounts/&#123;accountSid&#125;/messages</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<Message>> create(CreateMessageParams params) {
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
    public CompletableFuture<ApiResponse<Message>> fetch(
        FetchMessageParams params, RequestOptions options) {
      return executor.executeAsync(
          MessagesEndpoints.fetch(params), options, MessagesEndpoints.FETCH);
    }

    /**
     * Fetch one message.
     *
     * <p><code>GET /accounts/&#123;accountSid&#125;/messages/&#123;messageSid&#125;</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<Message>> fetch(FetchMessageParams params) {
      return fetch(params, RequestOptions.none());
    }
  }
}
