package dev.switchboard.generated.example;

import dev.switchboard.generated.example.core.AuthScheme;
import dev.switchboard.generated.example.core.MountSettings;
import dev.switchboard.generated.example.messaging.v2.services.MessagesService;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The APIs {@code accounts/v1} (Example Accounts), {@code messaging/v2} (Example Messaging) in one
 * client.
 *
 * <p>Create one with {@link #builder()} or {@link #fromEnv()} and share it: it is thread-safe. Each
 * API's client is made when it is first used, with this client's settings and HTTP client.
 */
public final class ExampleClient {
  private final Accounts accounts;

  private final Messaging messaging;

  private final ExampleClientAsync async;

  private ExampleClient(MountSettings settings) {
    this.accounts = new Accounts(settings);
    this.messaging = new Messaging(settings);
    this.async = new ExampleClientAsync(this);
  }

  /** The APIs below {@code accounts}. */
  public Accounts accounts() {
    return accounts;
  }

  /** The APIs below {@code messaging}. */
  public Messaging messaging() {
    return messaging;
  }

  /**
   * The same as {@code client.messaging().v2().messages()}; that API's client is made on first use.
   */
  public MessagesService messages() {
    return messaging().v2().messages();
  }

  /**
   * The same APIs, each API's client the asynchronous one: its operations return {@link
   * java.util.concurrent.CompletableFuture}s.
   */
  public ExampleClientAsync async() {
    return async;
  }

  /** A builder with the APIs' defaults; credentials not given are read from the environment. */
  public static Builder builder() {
    return new Builder();
  }

  /** A client with credentials from environment variables; fails naming the variable to set. */
  public static ExampleClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** The APIs below {@code accounts}. */
  public static final class Accounts {
    private final Supplier<dev.switchboard.generated.example.accounts.v1.ExampleClient> v1;

    private Accounts(MountSettings settings) {
      this.v1 =
          MountSettings.once(
              () ->
                  dev.switchboard.generated.example.accounts.v1.ExampleClient.builder()
                      .options(settings.forApi("/v1", List.of("basicAuth")))
                      .build());
    }

    /**
     * Accounts, one of the two APIs of the Example platform. Its server URL carries the version.
     *
     * <p>Made on first use, once, with this client's settings ({@code accounts.yaml}).
     */
    public dev.switchboard.generated.example.accounts.v1.ExampleClient v1() {
      return v1.get();
    }
  }

  /** The APIs below {@code messaging}. */
  public static final class Messaging {
    private final Supplier<dev.switchboard.generated.example.messaging.v2.ExampleClient> v2;

    private Messaging(MountSettings settings) {
      this.v2 =
          MountSettings.once(
              () ->
                  dev.switchboard.generated.example.messaging.v2.ExampleClient.builder()
                      .options(settings.forApi("", List.of("basicAuth")))
                      .build());
    }

    /**
     * Messaging, the other API of the Example platform. Its paths carry the version; its Status is
     * another type than Accounts' Status.
     *
     * <p>Made on first use, once, with this client's settings ({@code messaging.yaml}).
     */
    public dev.switchboard.generated.example.messaging.v2.ExampleClient v2() {
      return v2.get();
    }
  }

  /**
   * Configures a {@link ExampleClient}. Every setting has a default; credentials not given are read
   * from the environment when an API's client is first used.
   */
  public static final class Builder {
    private static final List<AuthScheme> SCHEMES =
        List.of(AuthScheme.basic("basicAuth", "EXAMPLE_USERNAME", "EXAMPLE_PASSWORD"));

    private final MountSettings.Builder options =
        MountSettings.builder(SCHEMES, "EXAMPLE_BASE_URL");

    private Builder() {}

    /**
     * Sends every API's requests to this URL instead of its server, each adding its server's path
     * (such as {@code /v1}): a proxy or a mock.
     *
     * <p>Default: the environment variable {@code EXAMPLE_BASE_URL}, else each API's own server.
     */
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

    /** Builds the client; each API's client is made when it is first used. */
    public ExampleClient build() {
      return new ExampleClient(options.build());
    }
  }
}
