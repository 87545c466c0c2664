package dev.switchboard.generated.tree.errors;

/** The server kept redirecting beyond the limit. */
public class TooManyRedirectsException extends TreeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong
   */
  public TooManyRedirectsException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public TooManyRedirectsException(String message, Throwable cause) {
    super(message, cause);
  }
}
