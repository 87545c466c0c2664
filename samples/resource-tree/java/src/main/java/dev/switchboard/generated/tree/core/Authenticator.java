package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.generated.tree.errors.ApiConnectionException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Picks the credentials an operation accepts and turns them into headers or query parameters. */
final class Authenticator {
  private final ClientOptions options;
  private final Map<String, Token> tokens = new LinkedHashMap<>();

  Authenticator(ClientOptions options) {
    this.options = options;
  }

  /** What to add to one request. */
  static final class Applied {
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();

    Map<String, String> headers() {
      return headers;
    }

    List<Map.Entry<String, String>> query() {
      return query;
    }
  }

  Applied apply(List<List<String>> security) {
    Applied applied = new Applied();
    if (security.isEmpty()) {
      return applied;
    }
    List<AuthScheme> chosen = options.credentials().choose(security);
    if (chosen == null) {
      throw options.credentials().missing(security);
    }
    chosen.forEach(scheme -> add(applied, scheme, options.credentials().values(scheme.name())));
    return applied;
  }

  private void add(Applied applied, AuthScheme scheme, List<String> values) {
    switch (scheme.kind()) {
      case BASIC:
        String pair = values.get(0) + ":" + values.get(1);
        applied.headers.put(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        break;
      case BEARER:
        applied.headers.put("Authorization", "Bearer " + values.get(0));
        break;
      case API_KEY:
        addApiKey(applied, scheme, values.get(0));
        break;
      default:
        applied.headers.put("Authorization", "Bearer " + token(scheme, values));
    }
  }

  private static void addApiKey(Applied applied, AuthScheme scheme, String key) {
    if (scheme.location().equals("query")) {
      applied.query.add(
          new AbstractMap.SimpleImmutableEntry<>(
              scheme.parameter(), ParamEncoding.encodeQuery(key)));
    } else if (scheme.location().equals("cookie")) {
      applied.headers.put("Cookie", scheme.parameter() + "=" + key);
    } else {
      applied.headers.put(scheme.parameter(), key);
    }
  }

  /**
   * An OAuth 2 client-credentials token, fetched once and reused until shortly before it expires.
   */
  private synchronized String token(AuthScheme scheme, List<String> values) {
    Token cached = tokens.get(scheme.name());
    if (cached != null && Instant.now().isBefore(cached.expires)) {
      return cached.value;
    }
    Token fresh = fetch(scheme, values);
    tokens.put(scheme.name(), fresh);
    return fresh.value;
  }

  private Token fetch(AuthScheme scheme, List<String> values) {
    String form =
        "grant_type=client_credentials&client_id="
            + ParamEncoding.encodeForm(values.get(0))
            + "&client_secret="
            + ParamEncoding.encodeForm(values.get(1));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(scheme.parameter()))
            .timeout(options.timeout())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<byte[]> response =
          options.httpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
      JsonNode body = Json.mapper().readTree(response.body());
      if (response.statusCode() >= 400 || !body.hasNonNull("access_token")) {
        throw new IllegalStateException(
            "token request to "
                + scheme.parameter()
                + " failed with status "
                + response.statusCode());
      }
      long seconds = body.path("expires_in").asLong(3600);
      return new Token(
          body.get("access_token").asText(), Instant.now().plusSeconds(Math.max(0, seconds - 30)));
    } catch (IOException e) {
      throw new ApiConnectionException(
          "token request to " + scheme.parameter() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiConnectionException("interrupted while fetching a token", e);
    }
  }

  private static final class Token {
    final String value;
    final Instant expires;

    Token(String value, Instant expires) {
      this.value = value;
      this.expires = expires;
    }
  }
}
