package com.kitchensink.errors;

/** Every exception this SDK throws extends this one. */
public class KitchenSinkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong
   */
  public KitchenSinkException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public KitchenSinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
