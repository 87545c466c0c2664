package dev.switchboard.generated.tree.errors;

/** No response arrived within the configured timeout. */
public class ApiTimeoutException extends TreeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong
   */
  public ApiTimeoutException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public ApiTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
