package com.kitchensink.core;

import com.kitchensink.errors.ApiConnectionException;
import com.kitchensink.errors.ApiTimeoutException;
import com.kitchensink.errors.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Sends requests: applies headers and credentials, retries what is safe to retry, and turns error
 * statuses into exceptions. Not part of the public API.
 */
public final class HttpExecutor {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

  private final ClientOptions options;
  private final Authenticator authenticator;
  private final Set<String> secretHeaders =
      new HashSet<>(Set.of("authorization", "proxy-authorization", "cookie"));
  private final Set<String> secretQuery = new HashSet<>();
  private final Redirects redirects;
  private final RequestLog log;

  public HttpExecutor(ClientOptions options) {
    this.options = options;
    this.authenticator = new Authenticator(options);
    for (AuthScheme scheme : options.credentials().schemes()) {
      if (scheme.kind() == AuthScheme.Kind.API_KEY && scheme.location().equals("header")) {
        secretHeaders.add(scheme.parameter().toLowerCase(Locale.ROOT));
      } else if (scheme.kind() == AuthScheme.Kind.API_KEY && scheme.location().equals("query")) {
        secretQuery.add(ParamEncoding.encodeQuery(scheme.parameter()));
      }
    }
    this.redirects = new Redirects(secretHeaders, secretQuery);
    Set<String> loggedHeaders = new HashSet<>(secretHeaders);
    options.redactedHeaders().forEach(name -> loggedHeaders.add(name.toLowerCase(Locale.ROOT)));
    Set<String> loggedQuery = new HashSet<>(secretQuery);
    options.redactedQuery().forEach(name -> loggedQuery.add(ParamEncoding.encodeQuery(name)));
    this.log = new RequestLog(loggedHeaders, loggedQuery, Set.copyOf(options.redactedPath()));
  }

  public ClientOptions options() {
    return options;
  }

  public <T> ApiResponse<T> execute(
      ApiRequest request, RequestOptions call, ResponseHandler<T> handler) {
    ApiRequest filled = filled(request);
    HttpRequest first = prepare(filled, call);
    RequestLog requestLog = log.hiding(filled);
    HttpRequest http = first;
    int hops = 0;
    for (int attempt = 0; ; ) {
      int retries = retriesAllowed(request, http, call);
      HttpResponse<InputStream> response;
      long started = requestLog.sending(http, attempt);
      try {
        response = options.httpClient().send(http, HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException e) {
        requestLog.failed(http, e, started);
        if (!isRetryable(e) || attempt >= retries) {
          throw failure(e);
        }
        Duration delay = Retries.delay(attempt++, null);
        requestLog.retrying(http, "a connection failure", delay);
        sleep(delay);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiConnectionException("interrupted while waiting for " + http.uri(), e);
      }
      requestLog.received(http, response.statusCode(), started);
      HttpRequest redirected = followed(first, http, response, hops);
      if (redirected != null) {
        http = redirected;
        hops++;
        continue;
      }
      if (!Retries.isRetryableStatus(response.statusCode()) || attempt >= retries) {
        return handler.handle(response);
      }
      ResponseHandler.discard(response);
      Duration delay = Retries.delay(attempt++, response.headers());
      requestLog.retrying(http, "status " + response.statusCode(), delay);
      sleep(delay);
    }
  }

  /** The request a redirect response asks for (the response then discarded), or null. */
  private HttpRequest followed(
      HttpRequest first, HttpRequest http, HttpResponse<InputStream> response, int hops) {
    HttpRequest next;
    try {
      next = redirects.next(first, http, response, hops);
    } catch (RuntimeException e) {
      ResponseHandler.discard(response);
      throw e;
    }
    if (next != null) {
      ResponseHandler.discard(response);
    }
    return next;
  }

  public <T> CompletableFuture<ApiResponse<T>> executeAsync(
      ApiRequest request, RequestOptions call, ResponseHandler<T> handler) {
    try {
      ApiRequest filled = filled(request);
      HttpRequest http = prepare(filled, call);
      RequestLog requestLog = log.hiding(filled);
      return attemptAsync(request, requestLog, call, http, http, 0, 0).thenApply(handler::handle);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Fetches the first page of a paginated operation; iterating it yields at most {@code itemLimit}
   * items (the caller's item limit, already checked), every item when 0.
   */
  public <I> Page<I> page(
      ApiRequest request,
      RequestOptions call,
      ResponseHandler<?> handler,
      Paging<I> paging,
      int itemLimit) {
    ApiRequest first = paging.sized(request, itemLimit);
    return new Page<>(
        this, first, call, handler, paging, execute(first, call, handler.tree()), itemLimit);
  }

  /**
   * Fetches the first page of a paginated operation without blocking; {@code itemLimit} as for
   * {@link #page}.
   */
  public <I> CompletableFuture<Page<I>> pageAsync(
      ApiRequest request,
      RequestOptions call,
      ResponseHandler<?> handler,
      Paging<I> paging,
      int itemLimit) {
    ApiRequest first = paging.sized(request, itemLimit);
    return executeAsync(first, call, handler.tree())
        .thenApply(response -> new Page<>(this, first, call, handler, paging, response, itemLimit));
  }

  private CompletableFuture<HttpResponse<InputStream>> attemptAsync(
      ApiRequest request,
      RequestLog requestLog,
      RequestOptions call,
      HttpRequest first,
      HttpRequest http,
      int attempt,
      int hops) {
    int retries = retriesAllowed(request, http, call);
    long started = requestLog.sending(http, attempt);
    return options
        .httpClient()
        .sendAsync(http, HttpResponse.BodyHandlers.ofInputStream())
        .handle(
            (response, error) -> {
              if (error != null) {
                Throwable cause =
                    error instanceof CompletionException && error.getCause() != null
                        ? error.getCause()
                        : error;
                if (cause instanceof Exception) {
                  requestLog.failed(http, (Exception) cause, started);
                }
                if (cause instanceof IOException
                    && isRetryable((IOException) cause)
                    && attempt < retries) {
                  Duration delay = Retries.delay(attempt, null);
                  requestLog.retrying(http, "a connection failure", delay);
                  return later(delay)
                      .thenCompose(
                          x ->
                              attemptAsync(
                                  request, requestLog, call, first, http, attempt + 1, hops));
                }
                return CompletableFuture.<HttpResponse<InputStream>>failedFuture(
                    cause instanceof IOException ? failure((IOException) cause) : cause);
              }
              requestLog.received(http, response.statusCode(), started);
              HttpRequest redirected;
              try {
                redirected = followed(first, http, response, hops);
              } catch (RuntimeException e) {
                return CompletableFuture.<HttpResponse<InputStream>>failedFuture(e);
              }
              if (redirected != null) {
                return attemptAsync(
                    request, requestLog, call, first, redirected, attempt, hops + 1);
              }
              if (Retries.isRetryableStatus(response.statusCode()) && attempt < retries) {
                ResponseHandler.discard(response);
                Duration delay = Retries.delay(attempt, response.headers());
                requestLog.retrying(http, "status " + response.statusCode(), delay);
                return later(delay)
                    .thenCompose(
                        x ->
                            attemptAsync(
                                request, requestLog, call, first, http, attempt + 1, hops));
              }
              return CompletableFuture.completedFuture(response);
            })
        .thenCompose(future -> future);
  }

  private static CompletableFuture<Void> later(Duration delay) {
    return CompletableFuture.runAsync(
        () -> {}, CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** {@code request} with the path parameters it left out taken from the client's settings. */
  private ApiRequest filled(ApiRequest request) {
    return request.withPathDefaults(options.credentials(), options.pathValues());
  }

  /** The HTTP request of {@code request}, whose path values are {@link #filled}. */
  private HttpRequest prepare(ApiRequest request, RequestOptions call) {
    boolean foreign = false;
    if (request.link() != null) {
      String root = request.root(options.baseUrl(), options.baseUrlOverridden());
      String api = request.server() != null ? request.server() : options.serverUrl();
      Links.Target target =
          Links.next(request.linkFrom(), request.link(), api, root, options.followForeignLinks());
      foreign = target.foreign();
      request = request.withUrl(target.url());
    }
    Authenticator.Applied auth =
        foreign ? new Authenticator.Applied() : authenticator.apply(request.security());
    List<Map.Entry<String, String>> query = new ArrayList<>(auth.query());
    query.addAll(call.query());
    HttpRequest.Builder http =
        HttpRequest.newBuilder(
                options.rewrite(request.uri(options.baseUrl(), options.baseUrlOverridden(), query)))
            .timeout(call.timeout().orElse(options.timeout()));
    Map<String, String> headers = new LinkedHashMap<>(options.headers());
    request.headers().forEach((name, values) -> headers.put(name, String.join(",", values)));
    headers.putAll(auth.headers());
    headers.putAll(call.headers());
    for (Map.Entry<String, String> header : headers.entrySet()) {
      if (foreign && secretHeaders.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      http.setHeader(header.getKey(), checkHeader(header.getKey(), header.getValue()));
    }
    String key = request.idempotencyHeader();
    if (key != null && !request.headers().containsKey(key) && !call.headers().containsKey(key)) {
      http.setHeader(key, UUID.randomUUID().toString());
    }
    RequestBody body = request.body();
    if (body == null) {
      return http.method(request.method(), HttpRequest.BodyPublishers.noBody()).build();
    }
    http.setHeader("Content-Type", body.contentType());
    return http.method(request.method(), body.publisher()).build();
  }

  /** Refuses a value a server could read as more than one header. */
  private static String checkHeader(String name, String value) {
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
      throw new InvalidRequestException(
          "the value of header `" + name + "` contains a line break or NUL");
    }
    return value;
  }

  /** Retries only what is safe: idempotent methods, or any method sent with an idempotency key. */
  private int retriesAllowed(ApiRequest request, HttpRequest http, RequestOptions call) {
    String key =
        request.idempotencyHeader() != null ? request.idempotencyHeader() : "Idempotency-Key";
    boolean safe = IDEMPOTENT.contains(http.method()) || http.headers().firstValue(key).isPresent();
    return safe ? call.maxRetries().orElse(options.maxRetries()) : 0;
  }

  private static boolean isRetryable(IOException e) {
    return !(e instanceof HttpTimeoutException);
  }

  private static RuntimeException failure(IOException e) {
    if (e instanceof HttpTimeoutException) {
      return new ApiTimeoutException("request timed out: " + e.getMessage(), e);
    }
    return new ApiConnectionException("connection failed: " + e, e);
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException("interrupted while waiting to retry", e);
    }
  }
}
