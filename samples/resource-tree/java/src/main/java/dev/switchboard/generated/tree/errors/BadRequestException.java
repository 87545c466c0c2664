package dev.switchboard.generated.tree.errors;

import java.net.http.HttpHeaders;

/** 400 Bad Request. */
public class BadRequestException extends ClientErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param rawBody the body as text
   * @param body the body as the operation declares it, or null
   * @param code the API's own error code, or null
   * @param apiMessage the API's own error message, or null
   */
  public BadRequestException(
      int statusCode,
      HttpHeaders headers,
      String rawBody,
      Object body,
      String code,
      String apiMessage) {
    super(statusCode, headers, rawBody, body, code, apiMessage);
  }
}
