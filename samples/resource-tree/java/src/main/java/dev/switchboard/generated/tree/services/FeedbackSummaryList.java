package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.core.RequestOptions;
import dev.switchboard.generated.tree.models.FeedbackSummary;
import java.util.List;

/** The resource <code>/v1/Accounts/&#123;&#125;/Calls/FeedbackSummary</code>. */
public final class FeedbackSummaryList {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public FeedbackSummaryList(HttpExecutor executor, List<String> path) {
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
  public FeedbackSummary create(RequestOptions options) {
    return withRawResponse.create(options).body();
  }

  /**
   * Summarises call feedback.
   *
   * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls/FeedbackSummary.json</code>
   */
  public FeedbackSummary create() {
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
    public ApiResponse<FeedbackSummary> create(RequestOptions options) {
      return executor.execute(
          FeedbackSummaryListEndpoints.create(path), options, FeedbackSummaryListEndpoints.CREATE);
    }

    /**
     * Summarises call feedback.
     *
     * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls/FeedbackSummary.json</code>
     */
    public ApiResponse<FeedbackSummary> create() {
      return create(RequestOptions.none());
    }
  }
}
