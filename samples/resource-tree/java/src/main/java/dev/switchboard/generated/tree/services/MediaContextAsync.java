package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.core.RequestOptions;
import dev.switchboard.generated.tree.models.Media;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One of <code>/v1/Accounts/&#123;&#125;/Messages/&#123;&#125;/Media</code>, by its <code>Sid
 * </code>.
 *
 * <p>Every method returns at once with a {@link java.util.concurrent.CompletableFuture}.
 */
public final class MediaContextAsync {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public MediaContextAsync(HttpExecutor executor, List<String> path) {
    this.executor = executor;
    this.path = path;
    this.withRawResponse = new WithRawResponse(executor, path);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Fetches one media item.
   *
   * <p><code>GET
   * /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media/&#123;Sid&#125;.json
   * </code>
   *
   * @param options settings for this call only
   */
  public CompletableFuture<Media> fetch(RequestOptions options) {
    return withRawResponse.fetch(options).thenApply(ApiResponse::body);
  }

  /**
   * Fetches one media item.
   *
   * <p><code>GET
   * /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media/&#123;Sid&#125;.json
   * </code>
   */
  public CompletableFuture<Media> fetch() {
    return fetch(RequestOptions.none());
  }

  /**
   * Deletes one media item.
   *
   * <p><code>DELETE
   * /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media/&#123;Sid&#125;.json
   * </code>
   *
   * @param options settings for this call only
   * @return a future of whether the server deleted: false when it answered 202 Accepted (queued,
   *     not yet done)
   */
  public CompletableFuture<Boolean> delete(RequestOptions options) {
    return withRawResponse.delete(options).thenApply(ApiResponse::body);
  }

  /**
   * Deletes one media item.
   *
   * <p><code>DELETE
   * /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media/&#123;Sid&#125;.json
   * </code>
   *
   * @return a future of whether the server deleted: false when it answered 202 Accepted (queued,
   *     not yet done)
   */
  public CompletableFuture<Boolean> delete() {
    return delete(RequestOptions.none());
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
     * Fetches one media item.
     *
     * <p><code>GET
     * /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media/&#123;Sid&#125;.json
     * </code>
     *
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<Media>> fetch(RequestOptions options) {
      return executor.executeAsync(
          MediaContextEndpoints.fetch(path), options, MediaContextEndpoints.FETCH);
    }

    /**
     * Fetches one media item.
     *
     * <p><code>GET
     * /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media/&#123;Sid&#125;.json
     * </code>
     */
    public CompletableFuture<ApiResponse<Media>> fetch() {
      return fetch(RequestOptions.none());
    }

    /**
     * Deletes one media item.
     *
     * <p><code>DELETE
     * /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media/&#123;Sid&#125;.json
     * </code>
     *
     * @param options settings for this call only
     * @return a future of the response, whose body says whether the server deleted: false when it
     *     answered 202 Accepted (queued, not yet done)
     */
    public CompletableFuture<ApiResponse<Boolean>> delete(RequestOptions options) {
      return executor.executeAsync(
          MediaContextEndpoints.delete(path), options, MediaContextEndpoints.DELETE);
    }

    /**
     * Deletes one media item.
     *
     * <p><code>DELETE
     * /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media/&#123;Sid&#125;.json
     * </code>
     *
     * @return a future of the response, whose body says whether the server deleted: false when it
     *     answered 202 Accepted (queued, not yet done)
     */
    public CompletableFuture<ApiResponse<Boolean>> delete() {
      return delete(RequestOptions.none());
    }
  }
}
