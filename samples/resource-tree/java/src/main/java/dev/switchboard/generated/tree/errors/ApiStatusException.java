package dev.switchboard.generated.tree.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.generated.tree.core.Json;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** The API answered with an error status. Catch a subclass for a specific status. */
public class ApiStatusException extends TreeException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;

  private final transient HttpHeaders headers;

  private final String rawBody;

  private final transient Object body;

  private final String code;

  private final String apiMessage;

  /**
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param rawBody the body as text
   * @param body the body as the operation declares it, or null
   * @param code the API's own error code, or null
   * @param apiMessage the API's own error message, or null
   */
  protected ApiStatusException(
      int statusCode,
      HttpHeaders headers,
      String rawBody,
      Object body,
      String code,
      String apiMessage) {
    super("HTTP " + statusCode + describe(rawBody, code, apiMessage));
    this.statusCode = statusCode;
    this.headers = headers;
    this.rawBody = rawBody;
    this.body = body;
    this.code = code;
    this.apiMessage = apiMessage;
  }

  /**
   * The exception for a status: a specific one where there is one, else by status class.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param rawBody the body as text
   * @param body the body as the operation declares it, or null
   * @param code the API's own error code, or null
   * @param apiMessage the API's own error message, or null
   * @return the exception to throw
   */
  public static ApiStatusException of(
      int statusCode,
      HttpHeaders headers,
      String rawBody,
      Object body,
      String code,
      String apiMessage) {
    switch (statusCode) {
      case 400:
        return new BadRequestException(statusCode, headers, rawBody, body, code, apiMessage);
      case 401:
        return new AuthenticationException(statusCode, headers, rawBody, body, code, apiMessage);
      case 403:
        return new PermissionDeniedException(statusCode, headers, rawBody, body, code, apiMessage);
      case 404:
        return new NotFoundException(statusCode, headers, rawBody, body, code, apiMessage);
      case 409:
        return new ConflictException(statusCode, headers, rawBody, body, code, apiMessage);
      case 422:
        return new UnprocessableEntityException(
            statusCode, headers, rawBody, body, code, apiMessage);
      case 429:
        return new RateLimitException(statusCode, headers, rawBody, body, code, apiMessage);
      default:
        break;
    }
    if (statusCode >= 500) {
      return new ServerErrorException(statusCode, headers, rawBody, body, code, apiMessage);
    }
    if (statusCode >= 400) {
      return new ClientErrorException(statusCode, headers, rawBody, body, code, apiMessage);
    }
    return new UnexpectedStatusException(statusCode, headers, rawBody, body, code, apiMessage);
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
   * The API's own error code (a number as its digits), read from where the API keeps it, such as
   * {@code code} or {@code error.code}.
   *
   * @return the value, or empty when the body has none
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * The API's own error message, read from where the API keeps it, such as {@code message} or
   * {@code error.message}.
   *
   * @return the value, or empty when the body has none
   */
  public Optional<String> apiMessage() {
    return Optional.ofNullable(apiMessage);
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

  private static String describe(String rawBody, String code, String apiMessage) {
    String detail = apiMessage != null && !apiMessage.isBlank() ? apiMessage : summary(rawBody);
    return (detail.isEmpty() ? "" : ": " + detail) + (code == null ? "" : " (code: " + code + ")");
  }

  private static String summary(String rawBody) {
    String line = rawBody.strip().replaceAll("\\s+", " ");
    return line.length() > 500 ? line.substring(0, 500) + "..." : line;
  }
}
