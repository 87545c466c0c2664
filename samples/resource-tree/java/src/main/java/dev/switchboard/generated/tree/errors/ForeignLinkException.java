package dev.switchboard.generated.tree.errors;

/**
 * A next-page link points to another origin than the API's; nothing was sent there. Build the
 * client with {@code followForeignLinks(true)} to follow such links without credentials.
 */
public class ForeignLinkException extends TreeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong
   */
  public ForeignLinkException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public ForeignLinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
