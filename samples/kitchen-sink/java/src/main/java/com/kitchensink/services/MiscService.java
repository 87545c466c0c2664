package com.kitchensink.services;

import com.kitchensink.core.ApiResponse;
import com.kitchensink.core.EventStream;
import com.kitchensink.core.HttpExecutor;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.models.CreateMiscReservedWordsParams;
import com.kitchensink.models.ReservedWords;
import com.kitchensink.models.StatusEvent;
import com.kitchensink.models.Usage;

/** Edge cases that do not fit elsewhere. */
public final class MiscService {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public MiscService(HttpExecutor executor) {
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
  public String getHealth(RequestOptions options) {
    return withRawResponse.getHealth(options).body();
  }

  /**
   * Liveness probe; needs no credentials.
   *
   * <p><code>GET /health</code>
   */
  public String getHealth() {
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
  public ReservedWords createReservedWords(
      CreateMiscReservedWordsParams params, RequestOptions options) {
    return withRawResponse.createReservedWords(params, options).body();
  }

  /**
   * Properties named after keywords of every target language.
   *
   * <p><code>POST /misc/reserved-words</code>
   *
   * @param params the operation's parameters
   */
  public ReservedWords createReservedWords(CreateMiscReservedWordsParams params) {
    return createReservedWords(params, RequestOptions.none());
  }

  /**
   * Calls {@code getUsageMaps}.
   *
   * <p><code>GET /misc/maps</code>
   *
   * @param options settings for this call only
   */
  public Usage getUsageMaps(RequestOptions options) {
    return withRawResponse.getUsageMaps(options).body();
  }

  /**
   * Calls {@code getUsageMaps}.
   *
   * <p><code>GET /misc/maps</code>
   */
  public Usage getUsageMaps() {
    return getUsageMaps(RequestOptions.none());
  }

  /**
   * Server-sent events stream.
   *
   * <p><code>GET /misc/events</code>
   *
   * @param options settings for this call only
   */
  public EventStream<StatusEvent> streamEvents(RequestOptions options) {
    return withRawResponse.streamEvents(options).body();
  }

  /**
   * Server-sent events stream.
   *
   * <p><code>GET /misc/events</code>
   */
  public EventStream<StatusEvent> streamEvents() {
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
    public ApiResponse<String> getHealth(RequestOptions options) {
      return executor.execute(MiscEndpoints.getHealth(), options, MiscEndpoints.GET_HEALTH);
    }

    /**
     * Liveness probe; needs no credentials.
     *
     * <p><code>GET /health</code>
     */
    public ApiResponse<String> getHealth() {
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
    public ApiResponse<ReservedWords> createReservedWords(
        CreateMiscReservedWordsParams params, RequestOptions options) {
      return executor.execute(
          MiscEndpoints.createReservedWords(params), options, MiscEndpoints.CREATE_RESERVED_WORDS);
    }

    /**
     * Properties named after keywords of every target language.
     *
     * <p><code>POST /misc/reserved-words</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<ReservedWords> createReservedWords(CreateMiscReservedWordsParams params) {
      return createReservedWords(params, RequestOptions.none());
    }

    /**
     * Calls {@code getUsageMaps}.
     *
     * <p><code>GET /misc/maps</code>
     *
     * @param options settings for this call only
     */
    public ApiResponse<Usage> getUsageMaps(RequestOptions options) {
      return executor.execute(MiscEndpoints.getUsageMaps(), options, MiscEndpoints.GET_USAGE_MAPS);
    }

    /**
     * Calls {@code getUsageMaps}.
     *
     * <p><code>GET /misc/maps</code>
     */
    public ApiResponse<Usage> getUsageMaps() {
      return getUsageMaps(RequestOptions.none());
    }

    /**
     * Server-sent events stream.
     *
     * <p><code>GET /misc/events</code>
     *
     * @param options settings for this call only
     */
    public ApiResponse<EventStream<StatusEvent>> streamEvents(RequestOptions options) {
      return executor.execute(MiscEndpoints.streamEvents(), options, MiscEndpoints.STREAM_EVENTS);
    }

    /**
     * Server-sent events stream.
     *
     * <p><code>GET /misc/events</code>
     */
    public ApiResponse<EventStream<StatusEvent>> streamEvents() {
      return streamEvents(RequestOptions.none());
    }
  }
}
