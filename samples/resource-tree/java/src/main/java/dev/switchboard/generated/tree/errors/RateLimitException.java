package dev.switchboard.generated.tree.errors;

import dev.switchboard.generated.tree.core.Retries;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;

/** 429 Too Many Requests, raised once retries are used up. */
public class RateLimitException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param rawBody the body as text
   * @param body the body as the operation declares it, or null
   * @param code the API's own error code, or null
   * @param apiMessage the API's own error message, or null
   */
  public RateLimitException(
      int statusCode,
      HttpHeaders headers,
      String rawBody,
      Object body,
      String code,
      String apiMessage) {
    super(statusCode, headers, rawBody, body, code, apiMessage);
  }

  /** How long the API asked to wait, from {@code Retry-After}. */
  public Optional<Duration> retryAfter() {
    return Retries.retryAfter(headers());
  }
}
