package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.core.RequestOptions;
import dev.switchboard.generated.tree.models.Message;
import dev.switchboard.generated.tree.models.MessageUpdateParams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** One of <code>/v1/Accounts/&#123;&#125;/Messages</code>, by its <code>Sid</code>. */
public final class MessageContext {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public MessageContext(HttpExecutor executor, List<String> path) {
    this.executor = executor;
    this.path = path;
    this.withRawResponse = new WithRawResponse(executor, path);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Fetches a message.
   *
   * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
   *
   * @param options settings for this call only
   */
  public Message fetch(RequestOptions options) {
    return withRawResponse.fetch(options).body();
  }

  /**
   * Fetches a message.
   *
   * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
   */
  public Message fetch() {
    return fetch(RequestOptions.none());
  }

  /**
   * Redacts a message's body.
   *
   * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Message update(MessageUpdateParams params, RequestOptions options) {
    return withRawResponse.update(params, options).body();
  }

  /**
   * Redacts a message's body.
   *
   * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
   *
   * @param params the operation's parameters
   */
  public Message update(MessageUpdateParams params) {
    return update(params, RequestOptions.none());
  }

  /**
   * Redacts a message's body.
   *
   * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
   */
  public Message update() {
    return update(MessageUpdateParams.builder().build(), RequestOptions.none());
  }

  /**
   * Deletes a message.
   *
   * <p><code>DELETE /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
   *
   * @param options settings for this call only
   * @return whether the server deleted: false when it answered 202 Accepted (queued, not yet done)
   */
  public boolean delete(RequestOptions options) {
    return withRawResponse.delete(options).body();
  }

  /**
   * Deletes a message.
   *
   * <p><code>DELETE /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
   *
   * @return whether the server deleted: false when it answered 202 Accepted (queued, not yet done)
   */
  public boolean delete() {
    return delete(RequestOptions.none());
  }

  /** The {@code Media} resources: their collection. */
  public MediaList media() {
    return new MediaList(this.executor, this.path);
  }

  /**
   * One of the {@code Media} resources, by its {@code Sid}.
   *
   * @param sid its {@code Sid}
   */
  public MediaContext media(String sid) {
    List<String> values = new ArrayList<>(this.path);
    values.add(Objects.requireNonNull(sid, "sid"));
    return new MediaContext(this.executor, Collections.unmodifiableList(values));
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
     * Fetches a message.
     *
     * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
     *
     * @param options settings for this call only
     */
    public ApiResponse<Message> fetch(RequestOptions options) {
      return executor.execute(
          MessageContextEndpoints.fetch(path), options, MessageContextEndpoints.FETCH);
    }

    /**
     * Fetches a message.
     *
     * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
     */
    public ApiResponse<Message> fetch() {
      return fetch(RequestOptions.none());
    }

    /**
     * Redacts a message's body.
     *
     * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Message> update(MessageUpdateParams params, RequestOptions options) {
      return executor.execute(
          MessageContextEndpoints.update(path, params), options, MessageContextEndpoints.UPDATE);
    }

    /**
     * Redacts a message's body.
     *
     * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Message> update(MessageUpdateParams params) {
      return update(params, RequestOptions.none());
    }

    /**
     * Redacts a message's body.
     *
     * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
     */
    public ApiResponse<Message> update() {
      return update(MessageUpdateParams.builder().build(), RequestOptions.none());
    }

    /**
     * Deletes a message.
     *
     * <p><code>DELETE /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
     *
     * @param options settings for this call only
     * @return the response, whose body says whether the server deleted: false when it answered 202
     *     Accepted (queued, not yet done)
     */
    public ApiResponse<Boolean> delete(RequestOptions options) {
      return executor.execute(
          MessageContextEndpoints.delete(path), options, MessageContextEndpoints.DELETE);
    }

    /**
     * Deletes a message.
     *
     * <p><code>DELETE /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;Sid&#125;.json</code>
     *
     * @return the response, whose body says whether the server deleted: false when it answered 202
     *     Accepted (queued, not yet done)
     */
    public ApiResponse<Boolean> delete() {
      return delete(RequestOptions.none());
    }
  }
}
