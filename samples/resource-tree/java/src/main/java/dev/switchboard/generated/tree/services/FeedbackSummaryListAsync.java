package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.core.RequestOptions;
import dev.switchboard.generated.tree.models.FeedbackSummary;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The resource <code>/v1/Accounts/&#123;&#125;/Calls/FeedbackSummary</code>.
 *
 * <p>Every method returns at once with a {@link java.util.concurrent.CompletableFuture}.
 */
public final class FeedbackSummaryListAsync {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public FeedbackSummaryListAsync(HttpExecutor executor, List<String> path) {
    this.executor = executor;
    this.path = path;
    this.withRawResponse = new WithRawResponse(executor, path);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Summarises call feedback.
   *
   * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls/FeedbackSummary.json</code>
   *
   * @param options settings for this call only
   */
  public CompletableFuture<FeedbackSummary> create(RequestOptions options) {
    return withRawResponse.create(options).thenApply(ApiResponse::body);
  }

  /**
   * Summarises call feedback.
   *
   * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls/FeedbackSummary.json</code>
   */
  public CompletableFuture<FeedbackSummary> create() {
    return create(RequestOptions.none());
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
     * Summarises call feedback.
     *
     * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls/FeedbackSummary.json</code>
     *
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<FeedbackSummary>> create(RequestOptions options) {
      return executor.executeAsync(
          FeedbackSummaryListEndpoints.create(path), options, FeedbackSummaryListEndpoints.CREATE);
    }

    /**
     * Summarises call feedback.
     *
     * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls/FeedbackSummary.json</code>
     */
    public CompletableFuture<ApiResponse<FeedbackSummary>> create() {
      return create(RequestOptions.none());
    }
  }
}
