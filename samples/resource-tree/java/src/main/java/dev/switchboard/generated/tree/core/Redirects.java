package dev.switchboard.generated.tree.core;

import dev.switchboard.generated.tree.errors.TooManyRedirectsException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Follows redirects in place of the HTTP client, so that credentials go only to the origin of the
 * first request. Not part of the public API.
 */
final class Redirects {
  /** Redirects followed for one request before {@link TooManyRedirectsException}. */
  static final int MAX = 10;

  private static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);

  private final Set<String> secretHeaders;
  private final Set<String> secretQuery;

  /**
   * @param secretHeaders lower-case names of headers that carry credentials
   * @param secretQuery names of query parameters that carry credentials, percent-encoded
   */
  Redirects(Set<String> secretHeaders, Set<String> secretQuery) {
    this.secretHeaders = Set.copyOf(secretHeaders);
    this.secretQuery = Set.copyOf(secretQuery);
  }

  /**
   * The request a redirect asks for, or null when the response is not one. 303 (and 301/302 after a
   * POST) become a GET without body, as browsers do.
   */
  HttpRequest next(HttpRequest first, HttpRequest current, HttpResponse<?> response, int hops) {
    int status = response.statusCode();
    String location = response.headers().firstValue("Location").orElse(null);
    if (!STATUSES.contains(status) || location == null) {
      return null;
    }
    if (hops >= MAX) {
      throw new TooManyRedirectsException(
          "more than " + MAX + " redirects; the last one went to " + location);
    }
    URI target = Links.against(current.uri(), location);
    boolean sameOrigin = Links.origin(target).equals(Links.origin(first.uri()));
    String method = current.method();
    boolean toGet =
        status == 303 && !method.equals("HEAD")
            || (status == 301 || status == 302) && method.equals("POST");
    HttpRequest.Builder next =
        HttpRequest.newBuilder(sameOrigin ? target : withoutSecretQuery(target));
    current.timeout().ifPresent(next::timeout);
    current
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              String key = name.toLowerCase(Locale.ROOT);
              if (!secretHeaders.contains(key) && !(toGet && key.equals("content-type"))) {
                values.forEach(value -> next.header(name, value));
              }
            });
    if (sameOrigin) {
      first
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (secretHeaders.contains(name.toLowerCase(Locale.ROOT))) {
                  values.forEach(value -> next.header(name, value));
                }
              });
    }
    if (toGet) {
      return next.GET().build();
    }
    return next.method(method, current.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()))
        .build();
  }

  private URI withoutSecretQuery(URI target) {
    String query = target.getRawQuery();
    if (query == null || secretQuery.isEmpty()) {
      return target;
    }
    StringJoiner kept = new StringJoiner("&");
    for (String pair : query.split("&", -1)) {
      if (!secretQuery.contains(pair.split("=", 2)[0])) {
        kept.add(pair);
      }
    }
    String text = target.toString();
    String head = text.substring(0, text.indexOf('?'));
    return URI.create(kept.length() == 0 ? head : head + "?" + kept);
  }
}
