package test.hostile.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.http.HttpHeaders;
import java.util.Optional;
import test.hostile.core.Json;

/** The API answered with an error status. Catch a subclass for a specific status. */
public class ApiStatusException extends HostileException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;

  private final transient HttpHeaders headers;

  private final String rawBody;

  private final transient Object body;

  /**
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param rawBody the body as text
   * @param body the body as the operation declares it, or null
   */
  protected ApiStatusException(int statusCode, HttpHeaders headers, String rawBody, Object body) {
    super("HTTP " + statusCode + (rawBody.isBlank() ? "" : ": " + summary(rawBody)));
    this.statusCode = statusCode;
    this.headers = headers;
    this.rawBody = rawBody;
    this.body = body;
  }

  /**
   * The exception for a status: a specific one where there is one, else by status class.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param rawBody the body as text
   * @param body the parsed body, or null
   * @return the exception to throw
   */
  public static ApiStatusException of(
      int statusCode, HttpHeaders headers, String rawBody, Object body) {
    switch (statusCode) {
      case 400:
        return new BadRequestException(statusCode, headers, rawBody, body);
      case 401:
        return new AuthenticationException(statusCode, headers, rawBody, body);
      case 403:
        return new PermissionDeniedException(statusCode, headers, rawBody, body);
      case 404:
        return new NotFoundException(statusCode, headers, rawBody, body);
      case 409:
        return new ConflictException(statusCode, headers, rawBody, body);
      case 422:
        return new UnprocessableEntityException(statusCode, headers, rawBody, body);
      case 429:
        return new RateLimitException(statusCode, headers, rawBody, body);
      default:
        break;
    }
    if (statusCode >= 500) {
      return new ServerErrorException(statusCode, headers, rawBody, body);
    }
    if (statusCode >= 400) {
      return new ClientErrorException(statusCode, headers, rawBody, body);
    }
    return new UnexpectedStatusException(statusCode, headers, rawBody, body);
  }

  /** The HTTP status. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers. */
  public HttpHeaders headers() {
    return headers;
  }

  /** The response body as text. */
  public String rawBody() {
    return rawBody;
  }

  /** The body parsed as the operation declares it (or as JSON), or null. */
  public Object body() {
    return body;
  }

  /**
   * The body as the given type, or empty when it is not one.
   *
   * @param type the expected body type
   * @param <T> the expected body type
   * @return the typed body
   */
  public <T> Optional<T> body(Class<T> type) {
    if (type.isInstance(body)) {
      return Optional.of(type.cast(body));
    }
    try {
      return Optional.ofNullable(Json.mapper().readValue(rawBody, type));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static String summary(String rawBody) {
    String line = rawBody.strip().replaceAll("\\s+", " ");
    return line.length() > 500 ? line.substring(0, 500) + "..." : line;
  }
}
