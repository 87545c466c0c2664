package dev.switchboard.generated.tree.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A received webhook request, as a server framework gives it, with the secret to check it with. */
public final class WebhookRequest {
  private final String secret;
  private final Map<String, String> headers;
  private final byte[] body;
  private final String url;
  private final List<Map.Entry<String, String>> params;
  private final Duration tolerance;
  private final Instant now;

  private WebhookRequest(Builder builder) {
    this.secret = Objects.requireNonNull(builder.secret, "secret");
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.body = builder.body.clone();
    this.url = builder.url;
    this.params = List.copyOf(builder.params);
    this.tolerance = builder.tolerance;
    this.now = builder.now;
  }

  public static Builder builder() {
    return new Builder();
  }

  String secret() {
    return secret;
  }

  /** The header's value (name in any case), if the request has it. */
  Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)))
        .filter(value -> !value.isEmpty());
  }

  byte[] body() {
    return body.clone();
  }

  Optional<String> url() {
    return Optional.ofNullable(url).filter(value -> !value.isEmpty());
  }

  List<Map.Entry<String, String>> params() {
    return params;
  }

  Optional<Duration> tolerance() {
    return Optional.ofNullable(tolerance);
  }

  Instant now() {
    return now != null ? now : Instant.now();
  }

  /** Collects the request; only the secret and the signature's header are required. */
  public static final class Builder {
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> params = new ArrayList<>();
    private String secret;
    private byte[] body = new byte[0];
    private String url;
    private Duration tolerance;
    private Instant now;

    private Builder() {}

    /** The webhook's signing secret. */
    public Builder secret(String secret) {
      this.secret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /** A request header; names are compared without case. */
    public Builder header(String name, String value) {
      headers.put(
          Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT),
          Objects.requireNonNull(value, "value"));
      return this;
    }

    /** The request's headers; names are compared without case. */
    public Builder headers(Map<String, String> headers) {
      headers.forEach(this::header);
      return this;
    }

    /** The raw body, exactly as received. */
    public Builder body(byte[] body) {
      this.body = Objects.requireNonNull(body, "body").clone();
      return this;
    }

    /** The raw body, exactly as received, as UTF-8 text. */
    public Builder body(String body) {
      return body(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
    }

    /** The full URL the request was sent to, with its query. */
    public Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
      return this;
    }

    /** A field of a form-encoded body; call once per value of a repeated field. */
    public Builder param(String name, String value) {
      params.add(
          Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
      return this;
    }

    /** The fields of a form-encoded body, each with its values. */
    public Builder params(Map<String, List<String>> params) {
      params.forEach((name, values) -> values.forEach(value -> param(name, value)));
      return this;
    }

    /** How long a timestamp stays valid, for timestamped signatures. */
    public Builder tolerance(Duration tolerance) {
      this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
      return this;
    }

    /** The current time (default: the clock). */
    public Builder now(Instant now) {
      this.now = Objects.requireNonNull(now, "now");
      return this;
    }

    public WebhookRequest build() {
      return new WebhookRequest(this);
    }
  }
}
