package dev.switchboard.generated.tree.core;

/** A webhook's signature is missing, malformed, wrong or too old: do not trust the request. */
public final class WebhookVerificationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WebhookVerificationException(String message) {
    super(message);
  }
}
