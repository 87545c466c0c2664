package dev.switchboard.generated.tree;

import dev.switchboard.generated.tree.core.AuthScheme;
import dev.switchboard.generated.tree.core.ClientOptions;
import dev.switchboard.generated.tree.core.HttpExecutor;
import dev.switchboard.generated.tree.services.AccountContext;
import dev.switchboard.generated.tree.services.BalanceList;
import dev.switchboard.generated.tree.services.CallContext;
import dev.switchboard.generated.tree.services.CallList;
import dev.switchboard.generated.tree.services.InboundList;
import dev.switchboard.generated.tree.services.MessageContext;
import dev.switchboard.generated.tree.services.MessageList;
import dev.switchboard.generated.tree.services.SipList;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Accounts, their messages and calls, as a tree of resources.
 *
 * <p>Create one with {@link #builder()} or {@link #fromEnv()} and share it: it is thread-safe.
 */
public final class TreeClient {
  private final HttpExecutor executor;

  private final TreeClientAsync async;

  private TreeClient(ClientOptions options) {
    this.executor = new HttpExecutor(options);
    this.async = new TreeClientAsync(executor);
  }

  /**
   * One of the {@code Accounts} resources, by its {@code Sid}.
   *
   * @param sid its {@code Sid}
   */
  public AccountContext accounts(String sid) {
    return new AccountContext(executor, List.of(Objects.requireNonNull(sid, "sid")));
  }

  /** The {@code Inbound} resource. */
  public InboundList inbound() {
    return new InboundList(executor, List.of());
  }

  /** The {@code Balance} resource. Under the {@code /v1/Accounts} member the client defaults to. */
  public BalanceList balance() {
    return new BalanceList(executor, Collections.<String>nCopies(1, null));
  }

  /**
   * The {@code Calls} resources: their collection. Under the {@code /v1/Accounts} member the client
   * defaults to.
   */
  public CallList calls() {
    return new CallList(executor, Collections.<String>nCopies(1, null));
  }

  /**
   * One of the {@code Calls} resources, by its {@code Sid}. Under the {@code /v1/Accounts} member
   * the client defaults to.
   *
   * @param sid its {@code Sid}
   */
  public CallContext calls(String sid) {
    List<String> values = new ArrayList<>(Collections.<String>nCopies(1, null));
    values.add(Objects.requireNonNull(sid, "sid"));
    return new CallContext(executor, Collections.unmodifiableList(values));
  }

  /**
   * The {@code Messages} resources: their collection. Under the {@code /v1/Accounts} member the
   * client defaults to.
   */
  public MessageList messages() {
    return new MessageList(executor, Collections.<String>nCopies(1, null));
  }

  /**
   * One of the {@code Messages} resources, by its {@code Sid}. Under the {@code /v1/Accounts}
   * member the client defaults to.
   *
   * @param sid its {@code Sid}
   */
  public MessageContext messages(String sid) {
    List<String> values = new ArrayList<>(Collections.<String>nCopies(1, null));
    values.add(Objects.requireNonNull(sid, "sid"));
    return new MessageContext(executor, Collections.unmodifiableList(values));
  }

  /** The {@code SIP} resource. Under the {@code /v1/Accounts} member the client defaults to. */
  public SipList sip() {
    return new SipList(executor, Collections.<String>nCopies(1, null));
  }

  /** A builder with the API's defaults; credentials not given are read from the environment. */
  public static Builder builder() {
    return new Builder();
  }

  /** A client with credentials from environment variables; fails naming the variable to set. */
  public static TreeClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** The same operations, returning {@link java.util.concurrent.CompletableFuture}s. */
  public TreeClientAsync async() {
    return async;
  }

  /** The settings this client was built with. */
  public ClientOptions options() {
    return executor.options();
  }

  /**
   * Configures a {@link TreeClient}. Every setting has a default; credentials not given are read
   * from the environment when the client is built.
   */
  public static final class Builder {
    private static final String SERVER_URL = "https://api.tree.example.test";

    private static final List<AuthScheme> SCHEMES =
        List.of(AuthScheme.basic("basicAuth", "TREE_ACCOUNT_SID", "TREE_AUTH_TOKEN"));

    private final ClientOptions.Builder options =
        ClientOptions.builder(SERVER_URL, SCHEMES)
            .header(
                "User-Agent",
                "tree-sdk/0.1.0 java/" + System.getProperty("java.version", "unknown"))
            .redact(List.of("authorization", "cookie", "proxy-authorization"), List.of());

    private Builder() {}

    /** Sends requests to this URL instead of the API's server, such as a proxy or a mock. */
    public Builder baseUrl(String baseUrl) {
      options.baseUrl(baseUrl);
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
     * Credentials for {@code basicAuth}.
     *
     * <p>Without them, the client reads TREE_ACCOUNT_SID and TREE_AUTH_TOKEN.
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

    /** Builds the client. */
    public TreeClient build() {
      return new TreeClient(options.build());
    }
  }
}
