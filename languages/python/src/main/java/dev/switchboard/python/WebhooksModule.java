package dev.switchboard.python;

import dev.switchboard.core.plan.WebhookSignature;
import java.util.ArrayList;
import java.util.List;

/**
 * The view of {@code webhooks.py}, written when the plan says how the API signs its webhooks: the
 * scheme as a constant and {@code verify(...)}, which raises {@code WebhookVerificationError} unless a
 * request was signed with the secret, documented with core's sentence about the scheme.
 */
final class WebhooksModule {
  /** Docstring lines are wrapped to leave room for their indent within the SDK's 120 columns. */
  private static final int WIDTH = 110;

  /** {@code scheme}: the {@code SCHEME = SignatureScheme(...)} statement; {@code description}: docstring lines. */
  record View(String scheme, List<String> description) {}

  private WebhooksModule() {}

  static View view(WebhookSignature signature) {
    String scheme = PyCode.call(0, "SCHEME = SignatureScheme(", List.of(
        "scheme=" + PyText.literal(signature.scheme()),
        "header=" + PyText.literal(signature.header()),
        "algorithm=" + PyText.literal(signature.algorithm()),
        "encoding=" + PyText.literal(signature.encoding()),
        "prefix=" + PyText.literal(signature.prefix()),
        "signs=" + PyText.literal(signature.signs()),
        "tolerance=" + signature.toleranceSeconds()), ")");
    return new View(scheme, wrap(signature.describe().replace("`", "``")));
  }

  /** Words joined into lines of at most {@link #WIDTH} characters. */
  static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (!line.isEmpty() && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
