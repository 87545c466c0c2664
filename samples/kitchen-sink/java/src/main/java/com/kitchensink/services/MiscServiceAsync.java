package com.kitchensink.services;

import com.kitchensink.core.ApiResponse;
import com.kitchensink.core.EventStream;
import com.kitchensink.core.HttpExecutor;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.models.CreateMiscReservedWordsParams;
import com.kitchensink.models.ReservedWords;
import com.kitchensink.models.StatusEvent;
import com.kitchensink.models.Usage;
import java.util.concurrent.CompletableFuture;

/**
 * Edge cases that do not fit elsewhere.
 *
 * <p>Every method returns at once with a {@link java.util.concurrent.CompletableFuture}.
 */
public final class MiscServiceAsync {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public MiscServiceAsync(HttpExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * Liveness probe; needs no credentials.
   *
   * <p><code>GET /health</code>
   *
   * @param options settings for this call only
   */
  public CompletableFuture<String> getHealth(RequestOptions options) {
    return withRawResponse.getHealth(options).thenApply(ApiResponse::body);
  }

  /**
   * Liveness probe; needs no credentials.
   *
   * <p><code>GET /health</code>
   */
  public CompletableFuture<String> getHealth() {
    return getHealth(RequestOptions.none());
  }

  /**
   * Properties named after keywords of every target language.
   *
   * <p><code>POST /misc/reserved-words</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public CompletableFuture<ReservedWords> createReservedWords(
      CreateMiscReservedWordsParams params, RequestOptions options) {
    return withRawResponse.createReservedWords(params, options).thenApply(ApiResponse::body);
  }

  /**
   * Properties named after keywords of every target language.
   *
   * <p><code>POST /misc/reserved-words</code>
   *
   * @param params the operation's parameters
   */
  public CompletableFuture<ReservedWords> createReservedWords(
      CreateMiscReservedWordsParams params) {
    return createReservedWords(params, RequestOptions.none());
  }

  /**
   * Calls {@code getUsageMaps}.
   *
   * <p><code>GET /misc/maps</code>
   *
   * @param options settings for this call only
   */
  public CompletableFuture<Usage> getUsageMaps(RequestOptions options) {
    return withRawResponse.getUsageMaps(options).thenApply(ApiResponse::body);
  }

  /**
   * Calls {@code getUsageMaps}.
   *
   * <p><code>GET /misc/maps</code>
   */
  public CompletableFuture<Usage> getUsageMaps() {
    return getUsageMaps(RequestOptions.none());
  }

  /**
   * Server-sent events stream.
   *
   * <p><code>GET /misc/events</code>
   *
   * @param options settings for this call only
   */
  public CompletableFuture<EventStream<StatusEvent>> streamEvents(RequestOptions options) {
    return withRawResponse.streamEvents(options).thenApply(ApiResponse::body);
  }

  /**
   * Server-sent events stream.
   *
   * <p><code>GET /misc/events</code>
   */
  public CompletableFuture<EventStream<StatusEvent>> streamEvents() {
    return streamEvents(RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    WithRawResponse(HttpExecutor executor) {
      this.executor = executor;
    }

    /**
     * Liveness probe; needs no credentials.
     *
     * <p><code>GET /health</code>
     *
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<String>> getHealth(RequestOptions options) {
      return executor.executeAsync(MiscEndpoints.getHealth(), options, MiscEndpoints.GET_HEALTH);
    }

    /**
     * Liveness probe; needs no credentials.
     *
     * <p><code>GET /health</code>
     */
    public CompletableFuture<ApiResponse<String>> getHealth() {
      return getHealth(RequestOptions.none());
    }

    /**
     * Properties named after keywords of every target language.
     *
     * <p><code>POST /misc/reserved-words</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<ReservedWords>> createReservedWords(
        CreateMiscReservedWordsParams params, RequestOptions options) {
      return executor.executeAsync(
          MiscEndpoints.createReservedWords(params), options, MiscEndpoints.CREATE_RESERVED_WORDS);
    }

    /**
     * Properties named after keywords of every target language.
     *
     * <p><code>POST /misc/reserved-words</code>
     *
     * @param params the operation's parameters
     */
    public CompletableFuture<ApiResponse<ReservedWords>> createReservedWords(
        CreateMiscReservedWordsParams params) {
      return createReservedWords(params, RequestOptions.none());
    }

    /**
     * Calls {@code getUsageMaps}.
     *
     * <p><code>GET /misc/maps</code>
     *
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<Usage>> getUsageMaps(RequestOptions options) {
      return executor.executeAsync(
          MiscEndpoints.getUsageMaps(), options, MiscEndpoints.GET_USAGE_MAPS);
    }

    /**
     * Calls {@code getUsageMaps}.
     *
     * <p><code>GET /misc/maps</code>
     */
    public CompletableFuture<ApiResponse<Usage>> getUsageMaps() {
      return getUsageMaps(RequestOptions.none());
    }

    /**
     * Server-sent events stream.
     *
     * <p><code>GET /misc/events</code>
     *
     * @param options settings for this call only
     */
    public CompletableFuture<ApiResponse<EventStream<StatusEvent>>> streamEvents(
        RequestOptions options) {
      return executor.executeAsync(
          MiscEndpoints.streamEvents(), options, MiscEndpoints.STREAM_EVENTS);
    }

    /**
     * Server-sent events stream.
     *
     * <p><code>GET /misc/events</code>
     */
    public CompletableFuture<ApiResponse<EventStream<StatusEvent>>> streamEvents() {
      return streamEvents(RequestOptions.none());
    }
  }
}
