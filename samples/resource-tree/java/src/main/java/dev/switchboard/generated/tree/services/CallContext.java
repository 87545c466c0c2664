package dev.switchboard.generated.tree.services;

import dev.switchboard.generated.tree.core.ApiResponse;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.core.RequestOptions;
import dev.switchboard.generated.tree.models.Call;
import dev.switchboard.generated.tree.models.CallUpdateParams;
import java.util.List;

/** One of <code>/v1/Accounts/&#123;&#125;/Calls</code>, by its <code>Sid</code>. */
public final class CallContext {
  private final HttpExecutor executor;

  private final List<String> path;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   * @param path the path values bound so far, in path order; null leaves one to the client
   */
  public CallContext(HttpExecutor executor, List<String> path) {
    this.executor = executor;
    this.path = path;
    this.withRawResponse = new WithRawResponse(executor, path);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Changes a call in progress.
   *
   * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls/&#123;Sid&#125;.json</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Call update(CallUpdateParams params, RequestOptions options) {
    return withRawResponse.update(params, options).body();
  }

  /**
   * Changes a call in progress.
   *
   * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls/&#123;Sid&#125;.json</code>
   *
   * @param params the operation's parameters
   */
  public Call update(CallUpdateParams params) {
    return update(params, RequestOptions.none());
  }

  /**
   * Changes a call in progress.
   *
   * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls/&#123;Sid&#125;.json</code>
   */
  public Call update() {
    return update(CallUpdateParams.builder().build(), RequestOptions.none());
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
     * Changes a call in progress.
     *
     * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls/&#123;Sid&#125;.json</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Call> update(CallUpdateParams params, RequestOptions options) {
      return executor.execute(
          CallContextEndpoints.update(path, params), options, CallContextEndpoints.UPDATE);
    }

    /**
     * Changes a call in progress.
     *
     * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls/&#123;Sid&#125;.json</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Call> update(CallUpdateParams params) {
      return update(params, RequestOptions.none());
    }

    /**
     * Changes a call in progress.
     *
     * <p><code>POST /v1/Accounts/&#123;AccountSid&#125;/Calls/&#123;Sid&#125;.json</code>
     */
    public ApiResponse<Call> update() {
      return update(CallUpdateParams.builder().build(), RequestOptions.none());
    }
  }
}
