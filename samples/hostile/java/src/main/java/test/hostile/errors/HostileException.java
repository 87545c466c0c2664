package test.hostile.errors;

/** Every exception this SDK throws extends this one. */
public class HostileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong
   */
  public HostileException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public HostileException(String message, Throwable cause) {
    super(message, cause);
  }
}
