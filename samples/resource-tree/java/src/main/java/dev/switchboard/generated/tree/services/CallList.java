package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.core.RequestOptions;
import dev.switchboard.generated.tree.models.Call;
import dev.switchboard.generated.tree.models.CallCreateParams;
import java.util.List;

/** The collection <code>/v1/Accounts/&#123;&#125;/Calls</code>. */
public final class CallList {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public CallList(HttpExecutor executor, List<String> path) {
    this.executor = executor;
    this.path = path;
    this.withRawResponse = new WithRawResponse(executor, path);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Places a call.
   *
   * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls.json</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Call create(CallCreateParams params, RequestOptions options) {
    return withRawResponse.create(params, options).body();
  }

  /**
   * Places a call.
   *
   * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls.json</code>
   *
   * @param params the operation's parameters
   */
  public Call create(CallCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** The {@code FeedbackSummary} resource. */
  public FeedbackSummaryList feedbackSummary() {
    return new FeedbackSummaryList(this.executor, this.path);
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
     * Places a call.
     *
     * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls.json</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Call> create(CallCreateParams params, RequestOptions options) {
      return executor.execute(
          CallListEndpoints.create(path, params), options, CallListEndpoints.CREATE);
    }

    /**
     * Places a call.
     *
     * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls.json</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Call> create(CallCreateParams params) {
      return create(params, RequestOptions.none());
    }
  }
}
