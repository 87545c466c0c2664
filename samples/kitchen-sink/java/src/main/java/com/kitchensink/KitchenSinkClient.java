package com.kitchensink;

import com.kitchensink.core.AuthScheme;
import com.kitchensink.core.ClientOptions;
import com.kitchensink.core.HostRewrite;
import com.kitchensink.core.HttpExecutor;
import com.kitchensink.services.AccountsService;
import com.kitchensink.services.CallsService;
import com.kitchensink.services.ListingsService;
import com.kitchensink.services.MessagesService;
import com.kitchensink.services.MiscService;
import com.kitchensink.services.PaymentIntentsService;
import com.kitchensink.services.PetsService;
import com.kitchensink.services.RecordingsService;
import com.kitchensink.services.RemindersService;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A conformance API that exercises every feature an SDK generator must handle.
 *
 * <p>Messaging, calls, recordings and accounts, shaped like a real communications platform. Each
 * operation carries an `x-conformance` note naming the feature it tests. Descriptions deliberately
 * contain characters that break naive code generators: *&#47; """ ''' ` $&#123;x&#125;
 * #&#123;x&#125; &lt;% %&gt; &#92; and non-ASCII text (Grüße, 日本語, emoji 📞).
 *
 * <p>Create one with {@link #builder()} or {@link #fromEnv()} and share it: it is thread-safe.
 */
public final class KitchenSinkClient {
  private final HttpExecutor executor;

  private final KitchenSinkClientAsync async;

  private final AccountsService accounts;

  private final CallsService calls;

  private final ListingsService listings;

  private final MessagesService messages;

  private final MiscService misc;

  private final PaymentIntentsService paymentIntents;

  private final PetsService pets;

  private final RecordingsService recordings;

  private final RemindersService reminders;

  private KitchenSinkClient(ClientOptions options) {
    this.executor = new HttpExecutor(options);
    this.async = new KitchenSinkClientAsync(executor);
    this.accounts = new AccountsService(executor);
    this.calls = new CallsService(executor);
    this.listings = new ListingsService(executor);
    this.messages = new MessagesService(executor);
    this.misc = new MiscService(executor);
    this.paymentIntents = new PaymentIntentsService(executor);
    this.pets = new PetsService(executor);
    this.recordings = new RecordingsService(executor);
    this.reminders = new RemindersService(executor);
  }

  /** Accounts and their settings. */
  public AccountsService accounts() {
    return accounts;
  }

  /** Voice calls. */
  public CallsService calls() {
    return calls;
  }

  /** Lists that page the ways real APIs do, found without x-pagination. */
  public ListingsService listings() {
    return listings;
  }

  /** Send and list messages. */
  public MessagesService messages() {
    return messages;
  }

  /** Edge cases that do not fit elsewhere. */
  public MiscService misc() {
    return misc;
  }

  /**
   * Form bodies written as Stripe's are (deepObject brackets, explicit encodings) and errors
   * wrapped in `error`.
   */
  public PaymentIntentsService paymentIntents() {
    return paymentIntents;
  }

  /** Polymorphism corner of the API (oneOf, anyOf, allOf). */
  public PetsService pets() {
    return pets;
  }

  /** Call recordings and media. */
  public RecordingsService recordings() {
    return recordings;
  }

  /** Reminders, whose times are RFC 2822 text. */
  public RemindersService reminders() {
    return reminders;
  }

  /** A builder with the API's defaults; credentials not given are read from the environment. */
  public static Builder builder() {
    return new Builder();
  }

  /** A client with credentials from environment variables; fails naming the variable to set. */
  public static KitchenSinkClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** The same operations, returning {@link java.util.concurrent.CompletableFuture}s. */
  public KitchenSinkClientAsync async() {
    return async;
  }

  /** The settings this client was built with. */
  public ClientOptions options() {
    return executor.options();
  }

  /**
   * Configures a {@link KitchenSinkClient}. Every setting has a default; credentials not given are
   * read from the environment when the client is built.
   */
  public static final class Builder {
    private static final String SERVER_URL = "https://{region}.api.kitchensink.test/v1";

    private static final List<AuthScheme> SCHEMES =
        List.of(
            AuthScheme.basic("accountAuth", "KITCHEN_SINK_USERNAME", "KITCHEN_SINK_PASSWORD"),
            AuthScheme.apiKey("apiKeyAuth", "header", "X-Api-Key", "KITCHEN_SINK_API_KEY"),
            AuthScheme.bearer("bearerAuth", "KITCHEN_SINK_TOKEN"));

    private final ClientOptions.Builder options =
        ClientOptions.builder(SERVER_URL, SCHEMES)
            .variable("region", "us1", List.of("us1", "ie1", "au1"))
            .header(
                "User-Agent",
                "kitchen-sink/1.0.0 java/" + System.getProperty("java.version", "unknown"))
            .header("KitchenSink-Version", "2026-11-01")
            .redact(
                List.of("authorization", "cookie", "proxy-authorization", "x-api-key"), List.of())
            .hosts(
                HostRewrite.of(
                    List.of("*.kitchensink.test"),
                    "{host}.{edge}.{region}.kitchensink.test",
                    "us1",
                    "mediaRegion",
                    "KITCHEN_SINK_MEDIA_REGION",
                    "mediaEdge",
                    "KITCHEN_SINK_MEDIA_EDGE"));

    private Builder() {}

    /** Sends requests to this URL instead of the API's server, such as a proxy or a mock. */
    public Builder baseUrl(String baseUrl) {
      options.baseUrl(baseUrl);
      return this;
    }

    /**
     * Sets the server variable {@code region}.
     *
     * <p>Default: {@code us1}; one of {@code us1, ie1, au1}.
     */
    public Builder region(String region) {
      options.serverVariable("region", region);
      return this;
    }

    /**
     * Moves requests for {@code *.kitchensink.test} (as {@code
     * &#123;host&#125;.&#123;edge&#125;.&#123;region&#125;.kitchensink.test}) into this region.
     * With only an edge, the region is {@code us1}.
     *
     * <p>Default: the environment variable {@code KITCHEN_SINK_MEDIA_REGION}.
     */
    public Builder mediaRegion(String mediaRegion) {
      options.region(mediaRegion);
      return this;
    }

    /**
     * Moves requests for {@code *.kitchensink.test} (as {@code
     * &#123;host&#125;.&#123;edge&#125;.&#123;region&#125;.kitchensink.test}) to this edge
     * location.
     *
     * <p>Default: the environment variable {@code KITCHEN_SINK_MEDIA_EDGE}.
     */
    public Builder mediaEdge(String mediaEdge) {
      options.edge(mediaEdge);
      return this;
    }

    /**
     * The {@code AccountSid} of calls that leave it out.
     *
     * <p>Default: the user name.
     */
    public Builder accountSid(String accountSid) {
      options.pathValue("AccountSid", accountSid);
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
     * Account SID as the user name, auth token as the password.
     *
     * <p>Without them, the client reads KITCHEN_SINK_USERNAME and KITCHEN_SINK_PASSWORD.
     */
    public Builder accountAuth(String username, String password) {
      options.credentials("accountAuth", username, password);
      return this;
    }

    /**
     * Credentials for {@code apiKeyAuth}.
     *
     * <p>Without them, the client reads KITCHEN_SINK_API_KEY.
     */
    public Builder apiKeyAuth(String apiKey) {
      options.credentials("apiKeyAuth", apiKey);
      return this;
    }

    /**
     * Credentials for {@code bearerAuth}.
     *
     * <p>Without them, the client reads KITCHEN_SINK_TOKEN.
     */
    public Builder bearerAuth(String token) {
      options.credentials("bearerAuth", token);
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
    public KitchenSinkClient build() {
      return new KitchenSinkClient(options.build());
    }
  }
}
