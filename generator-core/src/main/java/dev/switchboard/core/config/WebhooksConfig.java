package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code webhooks:}: how the API signs the webhooks it sends, so that every SDK can check them.
 *
 * <pre>
 * webhooks:
 *   scheme: hmac               # hmac | timestamped-hmac (a header of t=TIMESTAMP,v1=SIGNATURE pairs)
 *   header: X-Hub-Signature-256
 *   algorithm: sha256          # sha1 | sha256 | sha512
 *   encoding: hex              # hex | base64
 *   prefix: "sha256="          # hmac only: text in front of the signature
 *   signs: body                # body | url-form (the URL, then the form fields sorted by name)
 *   tolerance: 300             # timestamped-hmac only: seconds a timestamp stays valid
 * </pre>
 */
public record WebhooksConfig(Optional<Signature> signature) {
  public static final WebhooksConfig NONE = new WebhooksConfig(Optional.empty());

  static final Set<String> KEYS = Set.of("scheme", "header", "algorithm", "encoding", "prefix", "signs", "tolerance");
  static final List<String> SCHEMES = List.of("hmac", "timestamped-hmac");
  static final List<String> ALGORITHMS = List.of("sha1", "sha256", "sha512");
  static final List<String> ENCODINGS = List.of("hex", "base64");
  static final List<String> SIGNED = List.of("body", "url-form");
  static final int DEFAULT_TOLERANCE = 300;

  public WebhooksConfig {
    Objects.requireNonNull(signature, "signature == null");
  }

  /** One signature scheme, checked: the plan copies it as it is. */
  public record Signature(String scheme, String header, String algorithm, String encoding, String prefix, String signs,
      int toleranceSeconds) {
    public Signature {
      Objects.requireNonNull(scheme, "scheme == null");
      Objects.requireNonNull(header, "header == null");
      Objects.requireNonNull(algorithm, "algorithm == null");
      Objects.requireNonNull(encoding, "encoding == null");
      Objects.requireNonNull(prefix, "prefix == null");
      Objects.requireNonNull(signs, "signs == null");
    }
  }

  static WebhooksConfig read(Path file, JsonNode node) {
    ConfigNodes nodes = new ConfigNodes(file.toString());
    Optional<JsonNode> section = nodes.mapping(node, "webhooks", KEYS,
        "{scheme: hmac, header: X-Hub-Signature-256, algorithm: sha256, prefix: \"sha256=\"}");
    if (section.isEmpty()) {
      return NONE;
    }
    JsonNode map = section.get();
    String scheme = oneOf(nodes, map, "scheme", SCHEMES, null);
    String header = nodes.text(map, "header", "webhooks", "X-Hub-Signature-256")
        .orElseThrow(() -> nodes.error("webhooks.header", "expected the name of the header that carries the signature,"
            + " such as X-Hub-Signature-256"));
    if (!header.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
      throw nodes.error("webhooks.header", "'" + header + "' is not a valid header name");
    }
    String algorithm = oneOf(nodes, map, "algorithm", ALGORITHMS, "sha256");
    String signs = oneOf(nodes, map, "signs", SIGNED, "body");
    String encoding = oneOf(nodes, map, "encoding", ENCODINGS, "hex");
    boolean timestamped = scheme.equals("timestamped-hmac");
    if (timestamped && !signs.equals("body")) {
      throw nodes.error("webhooks.signs", "a timestamped-hmac scheme signs 'TIMESTAMP.' followed by the body; use"
          + " signs: body or scheme: hmac");
    }
    String prefix = nodes.text(map, "prefix", "webhooks", "\"sha256=\"").orElse("");
    if (timestamped && map.has("prefix")) {
      throw nodes.error("webhooks.prefix", "only for scheme: hmac (a timestamped-hmac header is t=…,v1=… pairs)");
    }
    return new WebhooksConfig(Optional.of(new Signature(scheme, header, algorithm, encoding, prefix, signs,
        tolerance(nodes, map, timestamped))));
  }

  private static int tolerance(ConfigNodes nodes, JsonNode map, boolean timestamped) {
    JsonNode node = map.get("tolerance");
    if (node == null || node.isNull()) {
      return timestamped ? DEFAULT_TOLERANCE : 0;
    }
    if (!timestamped) {
      throw nodes.error("webhooks.tolerance", "only for scheme: timestamped-hmac (an hmac signature carries no time)");
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() <= 0) {
      throw nodes.error("webhooks.tolerance", "expected a whole number of seconds greater than 0, such as 300, got "
          + node);
    }
    return node.intValue();
  }

  private static String oneOf(ConfigNodes nodes, JsonNode map, String key, List<String> allowed, String fallback) {
    Optional<String> value = nodes.text(map, key, "webhooks", allowed.get(0)).map(v -> v.toLowerCase(Locale.ROOT));
    if (value.isEmpty() && fallback == null) {
      throw nodes.error("webhooks." + key, "expected one of " + String.join(", ", allowed));
    }
    String chosen = value.orElse(fallback);
    if (!allowed.contains(chosen)) {
      throw nodes.error("webhooks." + key, "\"" + value.get() + "\" is not one of " + String.join(", ", allowed));
    }
    return chosen;
  }
}
