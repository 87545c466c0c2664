package dev.switchboard.generated.tree.errors;

/** Every exception this SDK throws extends this one. */
public class TreeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong
   */
  public TreeException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public TreeException(String message, Throwable cause) {
    super(message, cause);
  }
}
