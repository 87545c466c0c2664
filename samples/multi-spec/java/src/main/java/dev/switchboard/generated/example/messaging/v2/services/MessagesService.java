package dev.switchboard.generated.example.messaging.v2.services;

import dev.switchboard.generated.example.core.ApiResponse;
import dev.switchboard.generated.example.core.HttpExecutor;
import dev.switchboard.generated.example.core.RequestOptions;
import dev.switchboard.generated.example.messaging.v2.models.CreateMessageParams;
import dev.switchboard.generated.example.messaging.v2.models.FetchMessageParams;
import dev.switchboard.generated.example.messaging.v2.models.Message;

/** Operations on {@code Messages}. */
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
   * Sends a message.
   *
   * <p><code>POST /v2/messages</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Message create(CreateMessageParams params, RequestOptions options) {
    return withRawResponse.create(params, options).body();
  }

  /**
   * Sends a message.
   *
   * <p><code>POST /v2/messages</code>
   *
   * @param params the operation's parameters
   */
  public Message create(CreateMessageParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Fetches a message.
   *
   * <p><code>GET /v2/messages/&#123;sid&#125;</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Message fetch(FetchMessageParams params, RequestOptions options) {
    return withRawResponse.fetch(params, options).body();
  }

  /**
   * Fetches a message.
   *
   * <p><code>GET /v2/messages/&#123;sid&#125;</code>
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
     * Sends a message.
     *
     * <p><code>POST /v2/messages</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Message> create(CreateMessageParams params, RequestOptions options) {
      return executor.execute(MessagesEndpoints.create(params), options, MessagesEndpoints.CREATE);
    }

    /**
     * Sends a message.
     *
     * <p><code>POST /v2/messages</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Message> create(CreateMessageParams params) {
      return create(params, RequestOptions.none());
    }

    /**
     * Fetches a message.
     *
     * <p><code>GET /v2/messages/&#123;sid&#125;</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Message> fetch(FetchMessageParams params, RequestOptions options) {
      return executor.execute(MessagesEndpoints.fetch(params), options, MessagesEndpoints.FETCH);
    }

    /**
     * Fetches a message.
     *
     * <p><code>GET /v2/messages/&#123;sid&#125;</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Message> fetch(FetchMessageParams params) {
      return fetch(params, RequestOptions.none());
    }
  }
}
