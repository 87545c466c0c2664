package dev.switchboard.generated.tree.core;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Settings for one call that override the client's. */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final Duration timeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;
  private final List<Map.Entry<String, String>> query;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.maxRetries = builder.maxRetries;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.query = Collections.unmodifiableList(new ArrayList<>(builder.query));
  }

  /** No overrides. */
  public static RequestOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** Extra query parameters, percent-encoded values. */
  List<Map.Entry<String, String>> query() {
    return query;
  }

  /** Collects overrides. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();

    private Builder() {}

    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** Adds or replaces a header. */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Adds a query parameter. */
    public Builder queryParam(String name, String value) {
      String encoded = ParamEncoding.encodeQuery(Objects.requireNonNull(value, "value"));
      query.add(
          new AbstractMap.SimpleImmutableEntry<>(Objects.requireNonNull(name, "name"), encoded));
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
