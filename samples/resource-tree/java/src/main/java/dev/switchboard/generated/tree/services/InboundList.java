package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.core.RequestOptions;
import dev.switchboard.generated.tree.models.Report;
import java.util.List;

/** The resource <code>/v1/Reports/Inbound</code>. */
public final class InboundList {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public InboundList(HttpExecutor executor, List<String> path) {
    this.executor = executor;
    this.path = path;
    this.withRawResponse = new WithRawResponse(executor, path);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Fetches the inbound traffic report, a path outside the tree.
   *
   * <p><code>GET /v1/Reports/Inbound.json</code>
   *
   * @param options settings for this call only
   */
  public Report fetch(RequestOptions options) {
    return withRawResponse.fetch(options).body();
  }

  /**
   * Fetches the inbound traffic report, a path outside the tree.
   *
   * <p><code>GET /v1/Reports/Inbound.json</code>
   */
  public Report fetch() {
    return fetch(RequestOptions.none());
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
     * Fetches the inbound traffic report, a path outside the tree.
     *
     * <p><code>GET /v1/Reports/Inbound.json</code>
     *
     * @param options settings for this call only
     */
    public ApiResponse<Report> fetch(RequestOptions options) {
      return executor.execute(InboundListEndpoints.fetch(), options, InboundListEndpoints.FETCH);
    }

    /**
     * Fetches the inbound traffic report, a path outside the tree.
     *
     * <p><code>GET /v1/Reports/Inbound.json</code>
     */
    public ApiResponse<Report> fetch() {
      return fetch(RequestOptions.none());
    }
  }
}
