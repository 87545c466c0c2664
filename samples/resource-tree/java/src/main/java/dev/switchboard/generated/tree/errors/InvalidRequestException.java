package dev.switchboard.generated.tree.errors;

/**
 * An argument cannot be sent safely (a line break in a header value, {@code .} or {@code ..} as a
 * path parameter); thrown before anything is sent, never retried.
 */
public class InvalidRequestException extends TreeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong
   */
  public InvalidRequestException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public InvalidRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
