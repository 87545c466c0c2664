package dev.switchboard.generated.tree.core;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to retry and how long to wait: exponential backoff with jitter, or the server's Retry-After.
 */
public final class Retries {
  private static final Duration INITIAL = Duration.ofMillis(500);
  private static final Duration MAX = Duration.ofSeconds(8);
  private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private Retries() {}

  /** 408, 429 and every 5XX status. */
  public static boolean isRetryableStatus(int status) {
    return status == 408 || status == 429 || status >= 500;
  }

  /** The wait before retry number {@code attempt + 1}. */
  public static Duration delay(int attempt, HttpHeaders headers) {
    Optional<Duration> asked = headers == null ? Optional.empty() : retryAfter(headers);
    if (asked.isPresent() && asked.get().compareTo(MAX_RETRY_AFTER) <= 0) {
      return asked.get();
    }
    long backoff = Math.min(MAX.toMillis(), INITIAL.toMillis() << Math.min(attempt, 10));
    double jitter = 1 - 0.25 * ThreadLocalRandom.current().nextDouble();
    return Duration.ofMillis((long) (backoff * jitter));
  }

  /** {@code Retry-After} in seconds or as an HTTP date, or {@code retry-after-ms}. */
  public static Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> millis = headers.firstValue("retry-after-ms");
    if (millis.isPresent()) {
      try {
        return Optional.of(Duration.ofMillis((long) Double.parseDouble(millis.get().trim())));
      } catch (NumberFormatException ignored) {
        // fall back to Retry-After
      }
    }
    return headers.firstValue("retry-after").flatMap(Retries::parse);
  }

  private static Optional<Duration> parse(String value) {
    try {
      return Optional.of(Duration.ofMillis((long) (Double.parseDouble(value.trim()) * 1000)));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
