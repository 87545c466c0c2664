package com.kitchensink;

import com.kitchensink.core.WebhookRequest;
import com.kitchensink.core.WebhookScheme;
import com.kitchensink.core.WebhookVerificationException;

/**
 * Checks that a webhook request was signed by the API, with the secret it was configured with.
 *
 * <p>The {@code KitchenSink-Signature} header holds {@code t=TIMESTAMP,v1=SIGNATURE}, the signature
 * an HMAC-SHA256 (hex) of {@code TIMESTAMP.} followed by the raw body; a timestamp older than 300 s
 * is refused.
 */
public final class Webhooks {
  /** How the API signs its webhooks. */
  public static final WebhookScheme SCHEME =
      WebhookScheme.of(
          "timestamped-hmac", "KitchenSink-Signature", "sha256", "hex", "", "body", 300L);

  private Webhooks() {}

  /**
   * Returns when the request was signed with its secret.
   *
   * @throws WebhookVerificationException when its signature is missing, wrong or too old
   */
  public static void verify(WebhookRequest request) {
    SCHEME.verify(request);
  }

  /** Whether {@link #verify} accepts the request. */
  public static boolean isValid(WebhookRequest request) {
    return SCHEME.isValid(request);
  }
}
