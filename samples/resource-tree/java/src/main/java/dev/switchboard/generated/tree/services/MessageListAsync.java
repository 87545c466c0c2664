package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.core.Page;
import dev.switchboard.generated.tree.core.RequestOptions;
import dev.switchboard.generated.tree.models.Message;
import dev.switchboard.generated.tree.models.MessageCreateParams;
import dev.switchboard.generated.tree.models.MessageListParams;
import dev.switchboard.generated.tree.models.MessagePage;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The collection <code>/v1/Accounts/&#123;&#125;/Messages</code>.
 *
 * <p>Every method returns at once with a {@link java.util.concurrent.CompletableFuture}.
 */
public final class MessageListAsync {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public MessageListAsync(HttpExecutor executor, List<String> path) {
    this.executor = executor;
    this.path = path;
    this.withRawResponse = new WithRawResponse(executor, path);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Lists the account's messages.
   *
   * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages.json</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public CompletableFuture<Page<Message>> list(MessageListParams params, RequestOptions options) {
    return executor.pageAsync(
        MessageListEndpoints.list(path, params),
        options,
        MessageListEndpoints.LIST,
        MessageListEndpoints.LIST_PAGING,
        params.limit().orElse(0));
  }

  /**
   * Lists the account's messages.
   *
   * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages.json</code>
   *
   * @param params the operation's parameters
   */
  public CompletableFuture<Page<Message>> list(MessageListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists the account's messages.
   *
   * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages.json</code>
   */
  public CompletableFuture<Page<Message>> list() {
    return list(MessageListParams.builder().build(), RequestOptions.none());
  }

  /**
   * Sends a message.
   *
   * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Messages.json</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public CompletableFuture<Message> create(MessageCreateParams params, RequestOptions options) {
    return withRawResponse.create(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Sends a message.
   *
   * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Messages.json</code>
   *
   * @param params the operation's parameters
   */
  public CompletableFuture<Message> create(MessageCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    private final List<String> path;

    WithRawResponse(HttpExecutor executor, List<String> path) {
      this.executor = executor;
      this.path = path;
    }

    /**
     * Lists the account's messages.
     *
     * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages.json</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<MessagePage>> list(
        MessageListParams params, RequestOptions options) {
      return executor.executeAsync(
          MessageListEndpoints.list(path, params), options, MessageListEndpoints.LIST);
    }

    /**
     * Lists the account's messages.
     *
     * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages.json</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<MessagePage>> list(MessageListParams params) {
      return list(params, RequestOptions.none());
    }

    /**
     * Lists the account's messages.
     *
     * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages.json</code>
     */
    public CompletableFuture<ApiResponse<MessagePage>> list() {
      return list(MessageListParams.builder().build(), RequestOptions.none());
    }

    /**
     * Sends a message.
     *
     * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Messages.json</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<Message>> create(
        MessageCreateParams params, RequestOptions options) {
      return executor.executeAsync(
          MessageListEndpoints.create(path, params), options, MessageListEndpoints.CREATE);
    }

    /**
     * Sends a message.
     *
     * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Messages.json</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<Message>> create(MessageCreateParams params) {
      return create(params, RequestOptions.none());
    }
  }
}
