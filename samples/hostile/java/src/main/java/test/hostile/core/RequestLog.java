package test.hostile.core;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Debug logging of requests on the {@link System.Logger} named after the SDK's package, at {@code
 * DEBUG}: each attempt with its method, URL and headers, then its status and elapsed time, and each
 * retry with its reason. Credential headers and query parameters and personal path parameters show
 * as {@code ***}, user info is dropped from URLs, and bodies are never logged. Nothing is logged
 * unless the logger is enabled for {@code DEBUG}. Not part of the public API.
 */
public final class RequestLog {
  static final System.Logger LOGGER = System.getLogger("test.hostile");
  private static final String MASK = "***";

  private final Set<String> headers;
  private final Set<String> query;
  private final Set<String> path;

  /** The path one request is sent to and the path its log shows instead, or nulls. */
  private final String sentPath;

  private final String shownPath;

  /**
   * {@code headers}: lower-case names; {@code query}: names as encoded in a URL; {@code path}: path
   * parameter names, whose values a logged URL shows as {@code ***}.
   */
  RequestLog(Set<String> headers, Set<String> query, Set<String> path) {
    this(headers, query, path, null, null);
  }

  private RequestLog(
      Set<String> headers, Set<String> query, Set<String> path, String sentPath, String shownPath) {
    this.headers = Set.copyOf(headers);
    this.query = Set.copyOf(query);
    this.path = Set.copyOf(path);
    this.sentPath = sentPath;
    this.shownPath = shownPath;
  }

  /** The log of one request: its personal path parameters' values shown as {@code ***}. */
  RequestLog hiding(ApiRequest request) {
    String shown = path.isEmpty() ? null : request.loggedPath(path, MASK);
    return shown == null ? this : new RequestLog(headers, query, path, request.path(), shown);
  }

  private static boolean enabled() {
    return LOGGER.isLoggable(System.Logger.Level.DEBUG);
  }

  /** Logs a request about to be sent; returns when it started, in nanoseconds. */
  long sending(HttpRequest request, int attempt) {
    if (enabled()) {
      LOGGER.log(
          System.Logger.Level.DEBUG,
          request.method()
              + " "
              + url(request.uri())
              + " (attempt "
              + (attempt + 1)
              + ") headers: "
              + headers(request.headers()));
    }
    return System.nanoTime();
  }

  /** Logs the status a request got and how long it took. */
  void received(HttpRequest request, int status, long started) {
    if (enabled()) {
      LOGGER.log(
          System.Logger.Level.DEBUG,
          request.method()
              + " "
              + url(request.uri())
              + " -> "
              + status
              + " in "
              + elapsed(started)
              + " ms");
    }
  }

  /** Logs a request that got no response. */
  void failed(HttpRequest request, Exception error, long started) {
    if (enabled()) {
      LOGGER.log(
          System.Logger.Level.DEBUG,
          request.method()
              + " "
              + url(request.uri())
              + " failed after "
              + elapsed(started)
              + " ms: "
              + error.getClass().getSimpleName());
    }
  }

  /** Logs a retry: why, and the wait before it. */
  void retrying(HttpRequest request, String reason, Duration delay) {
    if (enabled()) {
      LOGGER.log(
          System.Logger.Level.DEBUG,
          "retrying "
              + request.method()
              + " "
              + url(request.uri())
              + " after "
              + reason
              + " in "
              + delay.toMillis()
              + " ms");
    }
  }

  /** {@code uri} without user info, its credential query parameters masked. */
  String url(URI uri) {
    StringBuilder out = new StringBuilder();
    if (uri.getScheme() != null) {
      out.append(uri.getScheme()).append(':');
    }
    if (uri.getRawAuthority() != null) {
      out.append("//").append(uri.getHost() == null ? "" : uri.getHost());
      if (uri.getPort() >= 0) {
        out.append(':').append(uri.getPort());
      }
    }
    out.append(maskedPath(uri.getRawPath() == null ? "" : uri.getRawPath()));
    String raw = uri.getRawQuery();
    if (raw != null) {
      List<String> pairs = new ArrayList<>();
      for (String pair : raw.split("&", -1)) {
        String name = pair.split("=", 2)[0];
        pairs.add(query.contains(name) ? name + "=" + MASK : pair);
      }
      out.append('?').append(String.join("&", pairs));
    }
    return out.toString();
  }

  /** The raw path, the request's own path at its end masked (a redirect's is shown as is). */
  private String maskedPath(String raw) {
    if (sentPath == null || !raw.endsWith(sentPath)) {
      return raw;
    }
    return raw.substring(0, raw.length() - sentPath.length()) + shownPath;
  }

  /** {@code name: value} pairs, credential values masked. */
  String headers(HttpHeaders all) {
    List<String> shown = new ArrayList<>();
    all.map()
        .forEach(
            (name, values) -> {
              boolean secret = headers.contains(name.toLowerCase(Locale.ROOT));
              shown.add(name + ": " + (secret ? MASK : String.join(",", values)));
            });
    return String.join(", ", shown);
  }

  private static long elapsed(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
