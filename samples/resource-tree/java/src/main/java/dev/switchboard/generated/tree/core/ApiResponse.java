package dev.switchboard.generated.tree.core;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** A decoded response together with its status and headers. */
public final class ApiResponse<T> {
  private final int statusCode;
  private final HttpHeaders headers;
  private final URI uri;
  private final T body;

  public ApiResponse(int statusCode, HttpHeaders headers, URI uri, T body) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.uri = uri;
    this.body = body;
  }

  public int statusCode() {
    return statusCode;
  }

  public HttpHeaders headers() {
    return headers;
  }

  /** The first value of a header, matched case-insensitively. */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** The URI the request was sent to. */
  public URI uri() {
    return uri;
  }

  /** The decoded body; null for responses without content. */
  public T body() {
    return body;
  }

  @Override
  public String toString() {
    return "ApiResponse{status=" + statusCode + ", body=" + body + "}";
  }
}
