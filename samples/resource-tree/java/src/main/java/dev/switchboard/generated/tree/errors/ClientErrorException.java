package dev.switchboard.generated.tree.errors;

import java.net.http.HttpHeaders;

/** The API answered with a 4XX status. */
public class ClientErrorException extends ApiStatusException {
  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param rawBody the body as text
   * @param body the body as the operation declares it, or null
   * @param code the API's own error code, or null
   * @param apiMessage the API's own error message, or null
   */
  public ClientErrorException(
      int statusCode,
      HttpHeaders headers,
      String rawBody,
      Object body,
      String code,
      String apiMessage) {
    super(statusCode, headers, rawBody, body, code, apiMessage);
  }
}
