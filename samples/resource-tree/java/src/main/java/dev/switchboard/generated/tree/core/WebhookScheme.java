package dev.switchboard.generated.tree.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the API signs its webhooks. {@code scheme} {@code hmac}: the header is {@code prefix}
 * followed by the MAC; {@code timestamped-hmac}: the header is {@code t=TIMESTAMP,v1=MAC,...} and
 * the MAC is over {@code TIMESTAMP.} and the body. {@code signs} {@code body}: the raw body; {@code
 * url-form}: the full URL, then each form field's name and value sorted by name.
 */
public final class WebhookScheme {
  private static final Comparator<Map.Entry<String, String>> BY_NAME_THEN_VALUE =
      Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue());

  private final String scheme;
  private final String header;
  private final String algorithm;
  private final String encoding;
  private final String prefix;
  private final String signs;
  private final long toleranceSeconds;

  private WebhookScheme(
      String scheme,
      String header,
      String algorithm,
      String encoding,
      String prefix,
      String signs,
      long toleranceSeconds) {
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.header = Objects.requireNonNull(header, "header");
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.encoding = Objects.requireNonNull(encoding, "encoding");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.signs = Objects.requireNonNull(signs, "signs");
    this.toleranceSeconds = toleranceSeconds;
  }

  public static WebhookScheme of(
      String scheme,
      String header,
      String algorithm,
      String encoding,
      String prefix,
      String signs,
      long toleranceSeconds) {
    return new WebhookScheme(scheme, header, algorithm, encoding, prefix, signs, toleranceSeconds);
  }

  /** The header that carries the signature. */
  public String header() {
    return header;
  }

  /**
   * Returns when the request was signed with its secret.
   *
   * @throws WebhookVerificationException when its signature is missing, wrong or too old
   */
  public void verify(WebhookRequest request) {
    if (request.secret().isEmpty()) {
      throw new WebhookVerificationException("no webhook secret given");
    }
    String value =
        request
            .header(header)
            .orElseThrow(
                () -> new WebhookVerificationException("the request has no " + header + " header"));
    if (scheme.equals("timestamped-hmac")) {
      verifyTimestamped(request, value);
    } else if (signs.equals("url-form")) {
      verifyUrlForm(request, value);
    } else if (!equal(prefix + mac(request.secret(), request.body()), value)) {
      throw new WebhookVerificationException(
          "the " + header + " signature does not match the body");
    }
  }

  /** Whether {@link #verify} accepts the request. */
  public boolean isValid(WebhookRequest request) {
    try {
      verify(request);
      return true;
    } catch (WebhookVerificationException e) {
      return false;
    }
  }

  private void verifyTimestamped(WebhookRequest request, String value) {
    Long timestamp = null;
    List<String> signatures = new ArrayList<>();
    for (String item : value.split(",", -1)) {
      String[] pair = item.trim().split("=", 2);
      String content = pair.length == 2 ? pair[1] : "";
      if (pair[0].equals("t") && content.matches("[0-9]{1,18}")) {
        timestamp = Long.parseLong(content);
      } else if (pair[0].equals("v1")) {
        signatures.add(content);
      }
    }
    if (timestamp == null || signatures.isEmpty()) {
      throw new WebhookVerificationException(
          "the " + header + " header has no t=TIMESTAMP and v1=SIGNATURE");
    }
    byte[] signed = concat((timestamp + ".").getBytes(StandardCharsets.UTF_8), request.body());
    String expected = mac(request.secret(), signed);
    boolean matched = false;
    for (String signature : signatures) {
      matched |= equal(expected, signature);
    }
    if (!matched) {
      throw new WebhookVerificationException(
          "no v1 signature of the " + header + " header matches the body");
    }
    long tolerance = request.tolerance().map(d -> d.getSeconds()).orElse(toleranceSeconds);
    if (tolerance > 0 && timestamp < request.now().getEpochSecond() - tolerance) {
      throw new WebhookVerificationException(
          "the " + header + " timestamp " + timestamp + " is older than " + tolerance + " s");
    }
  }

  private void verifyUrlForm(WebhookRequest request, String value) {
    String url =
        request
            .url()
            .orElseThrow(
                () ->
                    new WebhookVerificationException(
                        "the full URL the webhook was sent to is needed to check its signature"));
    List<Map.Entry<String, String>> fields = request.params();
    String bodyHash = queryValue(URI.create(url).getRawQuery(), "bodySHA256");
    if (bodyHash != null) {
      // A JSON body: the URL carries the body's SHA-256, and the signature covers the URL alone.
      if (!equal(hex(sha256(request.body())), bodyHash)) {
        throw new WebhookVerificationException("the body does not match the URL's bodySHA256");
      }
      fields = List.of();
    }
    TreeSet<Map.Entry<String, String>> sorted = new TreeSet<>(BY_NAME_THEN_VALUE);
    sorted.addAll(fields);
    StringBuilder signed = new StringBuilder();
    sorted.forEach(field -> signed.append(field.getKey()).append(field.getValue()));
    // Senders differ on whether the URL names the default port: both forms are accepted.
    boolean matched = false;
    for (String variant : portVariants(url)) {
      String text = variant + signed;
      matched |=
          equal(prefix + mac(request.secret(), text.getBytes(StandardCharsets.UTF_8)), value);
    }
    if (!matched) {
      throw new WebhookVerificationException(
          "the " + header + " signature does not match the URL and form");
    }
  }

  private static String queryValue(String query, String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&", -1)) {
      String[] parts = pair.split("=", 2);
      if (parts[0].equals(name) && parts.length == 2) {
        return java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static List<String> portVariants(String url) {
    URI uri = URI.create(url);
    if (uri.getRawAuthority() == null || uri.getHost() == null) {
      return List.of(url);
    }
    String user = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@";
    String start = uri.getScheme() + "://";
    String rest =
        url.substring(url.indexOf(uri.getRawAuthority()) + uri.getRawAuthority().length());
    int port =
        uri.getPort() >= 0
            ? uri.getPort()
            : uri.getScheme().toLowerCase(Locale.ROOT).equals("http") ? 80 : 443;
    return List.of(
        url, start + user + uri.getHost() + rest, start + user + uri.getHost() + ":" + port + rest);
  }

  private String mac(String secret, byte[] message) {
    String name = "Hmac" + algorithm.toUpperCase(Locale.ROOT);
    try {
      Mac mac = Mac.getInstance(name);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), name));
      byte[] digest = mac.doFinal(message);
      return encoding.equals("base64") ? Base64.getEncoder().encodeToString(digest) : hex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(name + " is not available", e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Constant-time comparison of the UTF-8 bytes. */
  private static boolean equal(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.trim().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return out.toString();
  }
}
