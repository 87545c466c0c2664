package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.config.WebhooksConfig;
import java.util.Objects;

/**
 * How the API signs its webhooks (switchboard.yaml {@code webhooks:}, docs/config.md). Every
 * runtime's verifier reads these fields and nothing else:
 *
 * <ul>
 *   <li>{@code scheme} {@code hmac}: the header is {@code prefix} followed by the signature;
 *       {@code timestamped-hmac}: the header is {@code t=TIMESTAMP,v1=SIGNATURE,…} pairs, the
 *       signed text is {@code TIMESTAMP.} followed by the body, and a timestamp older than
 *       {@code toleranceSeconds} is refused;
 *   <li>{@code signs} {@code body}: the raw body; {@code url-form}: the full URL followed by
 *       each form field's name and value, sorted by name (then value);
 *   <li>{@code algorithm} the HMAC's hash ({@code sha1}, {@code sha256}, {@code sha512}),
 *       {@code encoding} how the MAC is written ({@code hex}, {@code base64}).
 * </ul>
 */
@JsonPropertyOrder({"scheme", "header", "algorithm", "encoding", "prefix", "signs", "toleranceSeconds"})
public record WebhookSignature(String scheme, String header, String algorithm, String encoding, String prefix, String signs,
    int toleranceSeconds) {
  public static final String HMAC = "hmac";
  public static final String TIMESTAMPED_HMAC = "timestamped-hmac";

  public WebhookSignature {
    Objects.requireNonNull(scheme, "scheme == null");
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(algorithm, "algorithm == null");
    Objects.requireNonNull(encoding, "encoding == null");
    Objects.requireNonNull(prefix, "prefix == null");
    Objects.requireNonNull(signs, "signs == null");
  }

  static WebhookSignature of(WebhooksConfig.Signature config) {
    return new WebhookSignature(config.scheme(), config.header(), config.algorithm(), config.encoding(), config.prefix(),
        config.signs(), config.toleranceSeconds());
  }

  /**
   * Where the signature is and what it signs, in one Markdown sentence every SDK's README and
   * verifier documentation use (code spans in backticks, which each plugin prints in its doc syntax).
   */
  public String describe() {
    String mac = "an HMAC-" + algorithm.toUpperCase(java.util.Locale.ROOT) + " (" + encoding + ")";
    String holds = "The `" + header + "` header holds ";
    if (timestamped()) {
      return holds + "`t=TIMESTAMP,v1=SIGNATURE`, the signature " + mac + " of `TIMESTAMP.` followed by the raw body;"
          + " a timestamp older than " + toleranceSeconds + " s is refused.";
    }
    String signature = prefix.isEmpty() ? mac : "`" + prefix + "` followed by " + mac;
    return signs.equals("url-form")
        ? holds + signature + " of the full URL followed by the form fields sorted by name (for a JSON body: of the"
            + " URL, whose `bodySHA256` is the body's SHA-256)."
        : holds + signature + " of the raw body.";
  }

  public boolean timestamped() {
    return scheme.equals(TIMESTAMPED_HMAC);
  }
}
