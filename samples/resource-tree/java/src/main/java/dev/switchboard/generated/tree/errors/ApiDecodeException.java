package dev.switchboard.generated.tree.errors;

/** A response arrived but its body could not be decoded. */
public class ApiDecodeException extends TreeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong
   */
  public ApiDecodeException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public ApiDecodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
