package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.core.Page;
import dev.switchboard.generated.tree.core.RequestOptions;
import dev.switchboard.generated.tree.models.Media;
import dev.switchboard.generated.tree.models.MediaListParams;
import dev.switchboard.generated.tree.models.MediaPage;
import java.util.List;

/** The collection <code>/v1/Accounts/&#123;&#125;/Messages/&#123;&#125;/Media</code>. */
public final class MediaList {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public MediaList(HttpExecutor executor, List<String> path) {
    this.executor = executor;
    this.path = path;
    this.withRawResponse = new WithRawResponse(executor, path);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Lists a message's media.
   *
   * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media.json
   * </code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Page<Media> list(MediaListParams params, RequestOptions options) {
    return executor.page(
        MediaListEndpoints.list(path, params),
        options,
        MediaListEndpoints.LIST,
        MediaListEndpoints.LIST_PAGING,
        params.limit().orElse(0));
  }

  /**
   * Lists a message's media.
   *
   * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media.json
   * </code>
   *
   * @param params the operation's parameters
   */
  public Page<Media> list(MediaListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * Lists a message's media.
   *
   * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media.json
   * </code>
   */
  public Page<Media> list() {
    return list(MediaListParams.builder().build(), RequestOptions.none());
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
     * Lists a message's media.
     *
     * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media.json
     * </code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<MediaPage> list(MediaListParams params, RequestOptions options) {
      return executor.execute(
          MediaListEndpoints.list(path, params), options, MediaListEndpoints.LIST);
    }

    /**
     * Lists a message's media.
     *
     * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media.json
     * </code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<MediaPage> list(MediaListParams params) {
      return list(params, RequestOptions.none());
    }

    /**
     * Lists a message's media.
     *
     * <p><code>GET /v1/Accounts/&#123;AccountSid&#125;/Messages/&#123;MessageSid&#125;/Media.json
     * </code>
     */
    public ApiResponse<MediaPage> list() {
      return list(MediaListParams.builder().build(), RequestOptions.none());
    }
  }
}
