package dev.switchboard.generated.tree.errors;

/** The request could not be sent or its response not read. */
public class ApiConnectionException extends TreeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong
   */
  public ApiConnectionException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public ApiConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
