package dev.switchboard.generated.example.core;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The settings a client of several APIs shares with each API's client: one {@link HttpClient}, so
 * one connection pool, the same timeouts, retries, headers and environment, the credentials of the
 * schemes each API declares, and one base URL serving every API, each adding its server's path.
 */
public final class MountSettings {
  private final HttpClient httpClient;
  private final String baseUrl;
  private final Duration timeout;
  private final Function<String, String> environment;
  private final List<Consumer<ClientOptions.Builder>> shared;
  private final Map<String, List<String>> credentials;

  private MountSettings(Builder builder) {
    this.timeout = builder.timeout;
    this.httpClient = builder.httpClient != null ? builder.httpClient : defaultClient(timeout);
    this.environment = builder.environment;
    this.baseUrl = builder.baseUrl != null ? builder.baseUrl : fromEnvironment(builder);
    this.shared = List.copyOf(builder.shared);
    this.credentials = new LinkedHashMap<>(builder.credentials);
  }

  /** Starts from the APIs' security schemes and the environment variable of the base URL. */
  public static Builder builder(List<AuthScheme> schemes, String baseUrlVariable) {
    return new Builder(schemes, baseUrlVariable);
  }

  /** Never follows redirects itself: the SDK does, keeping credentials on the first origin. */
  private static HttpClient defaultClient(Duration timeout) {
    return HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private static String fromEnvironment(Builder builder) {
    String value = builder.environment.apply(builder.baseUrlVariable);
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * The settings of one API's client: {@code serverPath} is the path of its own server URL (such as
   * {@code /v1}), added to a shared base URL; {@code schemes} are the only credentials it gets.
   */
  public Consumer<ClientOptions.Builder> forApi(String serverPath, List<String> schemes) {
    return options -> {
      options.httpClient(httpClient).timeout(timeout).environment(environment);
      shared.forEach(setting -> setting.accept(options));
      credentials.forEach(
          (scheme, values) -> {
            if (schemes.contains(scheme)) {
              options.credentials(scheme, values.toArray(new String[0]));
            }
          });
      if (baseUrl != null) {
        options.baseUrl(withoutTrailingSlash(baseUrl) + serverPath);
      }
    };
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** A value made on first use, once, whichever thread asks first. */
  public static <T> Supplier<T> once(Supplier<T> make) {
    return new Once<>(make);
  }

  private static final class Once<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile T value;

    Once(Supplier<T> make) {
      this.make = Objects.requireNonNull(make, "make");
    }

    @Override
    public T get() {
      T result = value;
      if (result == null) {
        synchronized (this) {
          result = value;
          if (result == null) {
            result = Objects.requireNonNull(make.get(), "made null");
            value = result;
          }
        }
      }
      return result;
    }
  }

  /** Collects the shared settings; each is checked here, when it is given. */
  public static final class Builder {
    private final List<AuthScheme> schemes;
    private final String baseUrlVariable;
    private final List<Consumer<ClientOptions.Builder>> shared = new ArrayList<>();
    private final Map<String, List<String>> credentials = new LinkedHashMap<>();
    private Function<String, String> environment = System::getenv;
    private HttpClient httpClient;
    private String baseUrl;
    private Duration timeout = ClientOptions.DEFAULT_TIMEOUT;

    private Builder(List<AuthScheme> schemes, String baseUrlVariable) {
      this.schemes = List.copyOf(schemes);
      this.baseUrlVariable = Objects.requireNonNull(baseUrlVariable, "baseUrlVariable");
    }

    /** Sends every API's requests to this URL, each adding its server's path. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Sends every API's requests with this client. Keep its default {@link
     * HttpClient.Redirect#NEVER}: the SDK follows redirects itself.
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative");
      }
      shared.add(options -> options.maxRetries(maxRetries));
      return this;
    }

    /** Follows next-page links to another origin than the API's, without credentials. */
    public Builder followForeignLinks(boolean followForeignLinks) {
      shared.add(options -> options.followForeignLinks(followForeignLinks));
      return this;
    }

    /** Sends this header with every request of every API. */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      shared.add(options -> options.header(name, value));
      return this;
    }

    /** Credentials for one scheme, given only to the APIs that declare it. */
    public Builder credentials(String scheme, String... values) {
      List<String> list = Arrays.asList(values);
      list.forEach(value -> Objects.requireNonNull(value, scheme));
      credentials.put(scheme, List.copyOf(list));
      return this;
    }

    /** The region requests move to, for the APIs that have regions. */
    public Builder region(String region) {
      Objects.requireNonNull(region, "region");
      shared.add(options -> options.region(region));
      return this;
    }

    /** The edge requests move to, for the APIs that have regions. */
    public Builder edge(String edge) {
      Objects.requireNonNull(edge, "edge");
      shared.add(options -> options.edge(edge));
      return this;
    }

    /** The value of the path parameter {@code name} in every call that leaves it out. */
    public Builder pathValue(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, name);
      shared.add(options -> options.pathValue(name, value));
      return this;
    }

    /** Where environment variables are read from; {@link System#getenv(String)} by default. */
    public Builder environment(Function<String, String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** Fails unless the environment holds credentials for at least one scheme. */
    public Builder requireEnvironmentCredentials() {
      Credentials.requireFromEnvironment(schemes, environment);
      return this;
    }

    public MountSettings build() {
      return new MountSettings(this);
    }
  }
}
