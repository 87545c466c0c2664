package test.hostile.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import test.hostile.errors.ApiConnectionException;
import test.hostile.errors.ApiTimeoutException;

/**
 * Sends requests: applies headers and credentials, retries what is safe to retry, and turns error
 * statuses into exceptions. Not part of the public API.
 */
public final class HttpExecutor {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");

  private final ClientOptions options;
  private final Authenticator authenticator;

  public HttpExecutor(ClientOptions options) {
    this.options = options;
    this.authenticator = new Authenticator(options);
  }

  public ClientOptions options() {
    return options;
  }

  public <T> ApiResponse<T> execute(
      ApiRequest request, RequestOptions call, ResponseHandler<T> handler) {
    HttpRequest http = prepare(request, call);
    int retries = retriesAllowed(request, http, call);
    for (int attempt = 0; ; attempt++) {
      HttpResponse<InputStream> response;
      try {
        response = options.httpClient().send(http, HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException e) {
        if (!isRetryable(e) || attempt >= retries) {
          throw failure(e);
        }
        sleep(Retries.delay(attempt, null));
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiConnectionException("interrupted while waiting for " + http.uri(), e);
      }
      if (!Retries.isRetryableStatus(response.statusCode()) || attempt >= retries) {
        return handler.handle(response);
      }
      ResponseHandler.discard(response);
      sleep(Retries.delay(attempt, response.headers()));
    }
  }

  public <T> CompletableFuture<ApiResponse<T>> executeAsync(
      ApiRequest request, RequestOptions call, ResponseHandler<T> handler) {
    try {
      HttpRequest http = prepare(request, call);
      return attemptAsync(http, retriesAllowed(request, http, call), 0).thenApply(handler::handle);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Fetches the first page of a paginated operation. */
  public <I> Page<I> page(
      ApiRequest request, RequestOptions call, ResponseHandler<?> handler, Paging<I> paging) {
    return new Page<>(this, request, call, handler, paging, execute(request, call, handler.tree()));
  }

  /** Fetches the first page of a paginated operation without blocking. */
  public <I> CompletableFuture<Page<I>> pageAsync(
      ApiRequest request, RequestOptions call, ResponseHandler<?> handler, Paging<I> paging) {
    return executeAsync(request, call, handler.tree())
        .thenApply(response -> new Page<>(this, request, call, handler, paging, response));
  }

  private CompletableFuture<HttpResponse<InputStream>> attemptAsync(
      HttpRequest http, int retries, int attempt) {
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
                if (cause instanceof IOException
                    && isRetryable((IOException) cause)
                    && attempt < retries) {
                  return later(Retries.delay(attempt, null))
                      .thenCompose(x -> attemptAsync(http, retries, attempt + 1));
                }
                return CompletableFuture.<HttpResponse<InputStream>>failedFuture(
                    cause instanceof IOException ? failure((IOException) cause) : cause);
              }
              if (Retries.isRetryableStatus(response.statusCode()) && attempt < retries) {
                ResponseHandler.discard(response);
                return later(Retries.delay(attempt, response.headers()))
                    .thenCompose(x -> attemptAsync(http, retries, attempt + 1));
              }
              return CompletableFuture.completedFuture(response);
            })
        .thenCompose(future -> future);
  }

  private static CompletableFuture<Void> later(Duration delay) {
    return CompletableFuture.runAsync(
        () -> {}, CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
  }

  private HttpRequest prepare(ApiRequest request, RequestOptions call) {
    Authenticator.Applied auth = authenticator.apply(request.security());
    List<Map.Entry<String, String>> query = new ArrayList<>(auth.query());
    query.addAll(call.query());
    HttpRequest.Builder http =
        HttpRequest.newBuilder(request.uri(options.baseUrl(), options.baseUrlOverridden(), query))
            .timeout(call.timeout().orElse(options.timeout()));
    options.headers().forEach(http::setHeader);
    request.headers().forEach((name, values) -> http.setHeader(name, String.join(",", values)));
    auth.headers().forEach(http::setHeader);
    call.headers().forEach(http::setHeader);
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
