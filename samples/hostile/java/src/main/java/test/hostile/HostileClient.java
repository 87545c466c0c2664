package test.hostile;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import test.hostile.core.AuthScheme;
import test.hostile.core.ClientOptions;
import test.hostile.core.HttpExecutor;
import test.hostile.services.ThingsService;
import test.hostile.services._2faService;

/**
 * Ends a docstring early: """ and ''' then &#92; backslash, &#92;N&#123;BULLET&#125;, `backticks`,
 * $&#123;x&#125;, #&#123;x&#125;, &lt;% %&gt;, *&#47; &#47;* and non-ASCII Grüße 日本語 📞. tabbed
 * line line separator and a NUL char. Last line ends with a quote "
 *
 * <p>Create one with {@link #builder()} or {@link #fromEnv()} and share it: it is thread-safe.
 */
public final class HostileClient {
  private final HttpExecutor executor;

  private final HostileClientAsync async;

  private final _2faService _2fa;

  private final ThingsService things;

  private HostileClient(ClientOptions options) {
    this.executor = new HttpExecutor(options);
    this.async = new HostileClientAsync(executor);
    this._2fa = new _2faService(executor);
    this.things = new ThingsService(executor);
  }

  /** Operations on {@code 2fa}. */
  public _2faService _2fa() {
    return _2fa;
  }

  /** Operations on {@code things}. */
  public ThingsService things() {
    return things;
  }

  /** A builder with the API's defaults; credentials not given are read from the environment. */
  public static Builder builder() {
    return new Builder();
  }

  /** A client with credentials from environment variables; fails naming the variable to set. */
  public static HostileClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** The same operations, returning {@link java.util.concurrent.CompletableFuture}s. */
  public HostileClientAsync async() {
    return async;
  }

  /** The settings this client was built with. */
  public ClientOptions options() {
    return executor.options();
  }

  /**
   * Configures a {@link HostileClient}. Every setting has a default; credentials not given are read
   * from the environment when the client is built.
   */
  public static final class Builder {
    private static final String SERVER_URL = "https://hostile.example.test";

    private static final List<AuthScheme> SCHEMES = List.of();

    private final ClientOptions.Builder options =
        ClientOptions.builder(SERVER_URL, SCHEMES)
            .header(
                "User-Agent", "hostile/0.0.1 java/" + System.getProperty("java.version", "unknown"))
            .redact(List.of("authorization", "cookie", "proxy-authorization"), List.of());

    private Builder() {}

    /** Sends requests to this URL instead of the API's server, such as a proxy or a mock. */
    public Builder baseUrl(String baseUrl) {
      options.baseUrl(baseUrl);
      return this;
    }

    /** Sends requests with this client instead of a default one. */
    public Builder httpClient(HttpClient httpClient) {
      options.httpClient(httpClient);
      return this;
    }

    /** How long to wait for a response (default 60 seconds). */
    public Builder timeout(Duration timeout) {
      options.timeout(timeout);
      return this;
    }

    /** How often to retry a failed request that is safe to retry (default 2). */
    public Builder maxRetries(int maxRetries) {
      options.maxRetries(maxRetries);
      return this;
    }

    /**
     * Follows next-page links to another origin than the API's, without credentials (by default
     * such a link throws ForeignLinkException).
     */
    public Builder followForeignLinks(boolean followForeignLinks) {
      options.followForeignLinks(followForeignLinks);
      return this;
    }

    /** Sends a header with every request. */
    public Builder header(String name, String value) {
      options.header(name, value);
      return this;
    }

    /**
     * Requires credentials in the environment: fails at once, naming the variable to set, when none
     * are there.
     */
    public Builder fromEnv() {
      options.requireEnvironmentCredentials();
      return this;
    }

    /**
     * Like {@link #fromEnv()}, reading variables from the given map instead of the process
     * environment.
     */
    public Builder fromEnv(Map<String, String> environment) {
      options.environment(environment::get).requireEnvironmentCredentials();
      return this;
    }

    /** Builds the client. */
    public HostileClient build() {
      return new HostileClient(options.build());
    }
  }
}
