package com.kitchensink.services;

import com.kitchensink.core.ApiResponse;
import com.kitchensink.core.HttpExecutor;
import com.kitchensink.core.Page;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.models.Call;
import com.kitchensink.models.CallList;
import com.kitchensink.models.CreateCallParams;
import com.kitchensink.models.FetchCallParams;
import com.kitchensink.models.ListCallsParams;

/** Voice calls. */
public final class CallsService {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public CallsService(HttpExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List calls (cursor pagination in the body).
   *
   * <p><code>GET /calls</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Page<Call> list(ListCallsParams params, RequestOptions options) {
    return executor.page(
        CallsEndpoints.list(params),
        options,
        CallsEndpoints.LIST,
        CallsEndpoints.LIST_PAGING,
        params.maxItems().orElse(0));
  }

  /**
   * List calls (cursor pagination in the body).
   *
   * <p><code>GET /calls</code>
   *
   * @param params the operation's parameters
   */
  public Page<Call> list(ListCallsParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List calls (cursor pagination in the body).
   *
   * <p><code>GET /calls</code>
   */
  public Page<Call> list() {
    return list(ListCallsParams.builder().build(), RequestOptions.none());
  }

  /**
   * Start a call (JSON body with nested objects and nullable fields).
   *
   * <p><code>POST /calls</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Call create(CreateCallParams params, RequestOptions options) {
    return withRawResponse.create(params, options).body();
  }

  /**
   * Start a call (JSON body with nested objects and nullable fields).
   *
   * <p><code>POST /calls</code>
   *
   * @param params the operation's parameters
   */
  public Call create(CreateCallParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Calls {@code fetchCall}.
   *
   * <p><code>GET /calls/&#123;callId&#125;</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Call fetch(FetchCallParams params, RequestOptions options) {
    return withRawResponse.fetch(params, options).body();
  }

  /**
   * Calls {@code fetchCall}.
   *
   * <p><code>GET /calls/&#123;callId&#125;</code>
   *
   * @param params the operation's parameters
   */
  public Call fetch(FetchCallParams params) {
    return fetch(params, RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    WithRawResponse(HttpExecutor executor) {
      this.executor = executor;
    }

    /**
     * List calls (cursor pagination in the body).
     *
     * <p><code>GET /calls</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<CallList> list(ListCallsParams params, RequestOptions options) {
      return executor.execute(CallsEndpoints.list(params), options, CallsEndpoints.LIST);
    }

    /**
     * List calls (cursor pagination in the body).
     *
     * <p><code>GET /calls</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<CallList> list(ListCallsParams params) {
      return list(params, RequestOptions.none());
    }

    /**
     * List calls (cursor pagination in the body).
     *
     * <p><code>GET /calls</code>
     */
    public ApiResponse<CallList> list() {
      return list(ListCallsParams.builder().build(), RequestOptions.none());
    }

    /**
     * Start a call (JSON body with nested objects and nullable fields).
     *
     * <p><code>POST /calls</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Call> create(CreateCallParams params, RequestOptions options) {
      return executor.execute(CallsEndpoints.create(params), options, CallsEndpoints.CREATE);
    }

    /**
     * Start a call (JSON body with nested objects and nullable fields).
     *
     * <p><code>POST /calls</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Call> create(CreateCallParams params) {
      return create(params, RequestOptions.none());
    }

    /**
     * Calls {@code fetchCall}.
     *
     * <p><code>GET /calls/&#123;callId&#125;</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<Call> fetch(FetchCallParams params, RequestOptions options) {
      return executor.execute(CallsEndpoints.fetch(params), options, CallsEndpoints.FETCH);
    }

    /**
     * Calls {@code fetchCall}.
     *
     * <p><code>GET /calls/&#123;callId&#125;</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<Call> fetch(FetchCallParams params) {
      return fetch(params, RequestOptions.none());
    }
  }
}
