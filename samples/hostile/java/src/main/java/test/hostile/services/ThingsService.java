package test.hostile.services;

import test.hostile.core.ApiResponse;
import test.hostile.core.HttpExecutor;
import test.hostile.core.RequestOptions;
import test.hostile.models.GetThingParams;
import test.hostile.models.Thing;

/** Operations on {@code things}. */
public final class ThingsService {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public ThingsService(HttpExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Gets a thing """; DROP TABLE --
   *
   * <p>Returns &#92;"quoted&#92;" text and ends with a backslash &#92;
   *
   * <p><code>GET /things/&#123;thing-id&#125;</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Thing get(GetThingParams params, RequestOptions options) {
    return withRawResponse.get(params, options).body();
  }

  /**
   * Gets a thing """; DROP TABLE --
   *
   * <p>Returns &#92;"quoted&#92;" text and ends with a backslash &#92;
   *
   * <p><code>GET /things/&#123;thing-id&#125;</code>
   *
   * @param params the operation's parameters
   */
  public Thing get(GetThingParams params) {
    return get(params, RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    WithRawResponse(HttpExecutor executor) {
      this.executor = executor;
    }

    /**
     * Gets a thing """; DROP TABLE --
     *
     * <p>Returns &#92;"quoted&#92;" text and ends with a backslash &#92;
     *
     * <p><code>GET /things/&#123;thing-id&#125;</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Thing> get(GetThingParams params, RequestOptions options) {
      return executor.execute(ThingsEndpoints.get(params), options, ThingsEndpoints.GET);
    }

    /**
     * Gets a thing """; DROP TABLE --
     *
     * <p>Returns &#92;"quoted&#92;" text and ends with a backslash &#92;
     *
     * <p><code>GET /things/&#123;thing-id&#125;</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Thing> get(GetThingParams params) {
      return get(params, RequestOptions.none());
    }
  }
}
