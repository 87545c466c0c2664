package dev.switchboard.generated.example.accounts.v1;

import dev.switchboard.generated.example.accounts.v1.services.AccountsService;
import dev.switchboard.generated.example.core.AuthScheme;
import dev.switchboard.generated.example.core.ClientOptions;
import dev.switchboard.generated.example.core.HttpExecutor;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Accounts, one of the two APIs of the Example platform. Its server URL carries the version.
 *
 * <p>Create one with {@link #builder()} or {@link #fromEnv()} and share it: it is thread-safe.
 */
public final class ExampleClient {
  private final HttpExecutor executor;

  private final ExampleClientAsync async;

  private final AccountsService accounts;

  private ExampleClient(ClientOptions options) {
    this.executor = new HttpExecutor(options);
    this.async = new ExampleClientAsync(executor);
    this.accounts = new AccountsService(executor);
  }

  /** Operations on {@code Accounts}. */
  public AccountsService accounts() {
    return accounts;
  }

  /** A builder with the API's defaults; credentials not given are read from the environment. */
  public static Builder builder() {
    return new Builder();
  }

  /** A client with credentials from environment variables; fails naming the variable to set. */
  public static ExampleClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** The same operations, returning {@link java.util.concurrent.CompletableFuture}s. */
  public ExampleClientAsync async() {
    return async;
  }

  /** The settings this client was built with. */
  public ClientOptions options() {
    return executor.options();
  }

  /**
   * Configures a {@link ExampleClient}. Every setting has a default; credentials not given are read
   * from the environment when the client is built.
   */
  public static final class Builder {
    private static final String SERVER_URL = "https://accounts.example.test/v1";

    private static final List<AuthScheme> SCHEMES =
        List.of(AuthScheme.basic("basicAuth", "EXAMPLE_USERNAME", "EXAMPLE_PASSWORD"));

    private final ClientOptions.Builder options =
        ClientOptions.builder(SERVER_URL, SCHEMES)
            .header(
                "User-Agent",
                "example-sdk/0.1.0 java/" + System.getProperty("java.version", "unknown"))
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
     * Credentials for {@code basicAuth}.
     *
     * <p>Without them, the client reads EXAMPLE_USERNAME and EXAMPLE_PASSWORD.
     */
    public Builder basicAuth(String username, String password) {
      options.credentials("basicAuth", username, password);
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

    /**
     * Applies settings to this client's options, after its own defaults: the SDK's root client
     * hands its settings to each API's client this way.
     */
    public Builder options(Consumer<ClientOptions.Builder> settings) {
      settings.accept(options);
      return this;
    }

    /** Builds the client. */
    public ExampleClient build() {
      return new ExampleClient(options.build());
    }
  }
}
