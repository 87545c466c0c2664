package test.hostile.services;

import test.hostile.core.ApiResponse;
import test.hostile.core.HttpExecutor;
import test.hostile.core.RequestOptions;
import test.hostile.models.OddNames;
import test.hostile.models._2faParams;

/** Operations on {@code 2fa}. */
public final class _2faService {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public _2faService(HttpExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * A tag and an operationId that start with a digit.
   *
   * <p><code>POST /2fa/&#123;code&#125;</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public OddNames _2fa(_2faParams params, RequestOptions options) {
    return withRawResponse._2fa(params, options).body();
  }

  /**
   * A tag and an operationId that start with a digit.
   *
   * <p><code>POST /2fa/&#123;code&#125;</code>
   *
   * @param params the operation's parameters
   */
  public OddNames _2fa(_2faParams params) {
    return _2fa(params, RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    WithRawResponse(HttpExecutor executor) {
      this.executor = executor;
    }

    /**
     * A tag and an operationId that start with a digit.
     *
     * <p><code>POST /2fa/&#123;code&#125;</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<OddNames> _2fa(_2faParams params, RequestOptions options) {
      return executor.execute(_2faEndpoints._2fa(params), options, _2faEndpoints._2FA);
    }

    /**
     * A tag and an operationId that start with a digit.
     *
     * <p><code>POST /2fa/&#123;code&#125;</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<OddNames> _2fa(_2faParams params) {
      return _2fa(params, RequestOptions.none());
    }
  }
}
