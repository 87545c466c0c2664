package dev.switchboard.generated.example.errors;

/** Every exception this SDK throws extends this one. */
public class ExampleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong
   */
  public ExampleException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public ExampleException(String message, Throwable cause) {
    super(message, cause);
  }
}
