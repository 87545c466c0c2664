package dev.switchboard.generated.tree.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** A client's settings: where it sends requests, how, and with which credentials. */
public final class ClientOptions {
  /** Used when no timeout is configured. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** Retries after the first attempt when none is configured. */
  public static final int DEFAULT_MAX_RETRIES = 2;

  private final HttpClient httpClient;
  private final String baseUrl;
  private final boolean baseUrlOverridden;
  private final String serverUrl;
  private final boolean followForeignLinks;
  private final Duration timeout;
  private final int maxRetries;
  private final Map<String, String> headers;
  private final Credentials credentials;
  private final HostRewrite hosts;
  private final Map<String, String> pathValues;
  private final List<String> redactedHeaders;
  private final List<String> redactedQuery;
  private final List<String> redactedPath;

  private ClientOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.httpClient = builder.httpClient != null ? builder.httpClient : defaultClient(timeout);
    this.serverUrl = builder.serverUrl();
    this.baseUrl = builder.baseUrl != null ? builder.baseUrl : serverUrl;
    this.baseUrlOverridden = builder.baseUrl != null;
    this.followForeignLinks = builder.followForeignLinks;
    this.maxRetries = builder.maxRetries;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.credentials =
        Credentials.resolve(builder.schemes, builder.credentials, builder.environment);
    this.redactedHeaders = List.copyOf(builder.redactedHeaders);
    this.redactedQuery = List.copyOf(builder.redactedQuery);
    this.redactedPath = List.copyOf(builder.redactedPath);
    this.hosts =
        builder.hosts == null
            ? null
            : builder.hosts.choose(builder.region, builder.edge, builder.environment);
    this.pathValues = Map.copyOf(builder.pathValues);
  }

  /** Starts from the API's server URL template and its security schemes. */
  public static Builder builder(String serverUrl, List<AuthScheme> schemes) {
    return new Builder(serverUrl, schemes);
  }

  /** Never follows redirects itself: the SDK does, keeping credentials on the first origin. */
  private static HttpClient defaultClient(Duration timeout) {
    return HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public HttpClient httpClient() {
    return httpClient;
  }

  /** Values for path parameters a call leaves out, by wire name, set on the client. */
  public Map<String, String> pathValues() {
    return pathValues;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** True when the base URL was set explicitly; it then also replaces operations' own servers. */
  public boolean baseUrlOverridden() {
    return baseUrlOverridden;
  }

  /** The API's own server URL with its variables filled in, whatever the base URL. */
  public String serverUrl() {
    return serverUrl;
  }

  /** True when next-page links to another origin are followed (without credentials). */
  public boolean followForeignLinks() {
    return followForeignLinks;
  }

  public Duration timeout() {
    return timeout;
  }

  public int maxRetries() {
    return maxRetries;
  }

  /** Headers sent with every request. */
  public Map<String, String> headers() {
    return headers;
  }

  Credentials credentials() {
    return credentials;
  }

  /** Headers whose values the debug log masks (see {@link RequestLog}). */
  List<String> redactedHeaders() {
    return redactedHeaders;
  }

  /** Query parameters whose values the debug log masks. */
  List<String> redactedQuery() {
    return redactedQuery;
  }

  /** Path parameters whose values the debug log masks: personal data. */
  List<String> redactedPath() {
    return redactedPath;
  }

  /** {@code uri} moved to the client's region and edge, when the API has them. */
  public URI rewrite(URI uri) {
    return hosts == null ? uri : hosts.apply(uri);
  }

  /** Collects settings; every value has a default except credentials, which are optional. */
  public static final class Builder {
    private final String serverUrl;
    private final List<AuthScheme> schemes;
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Map<String, List<String>> allowed = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, List<String>> credentials = new LinkedHashMap<>();
    private Function<String, String> environment = System::getenv;
    private HttpClient httpClient;
    private String baseUrl;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private boolean followForeignLinks;
    private HostRewrite hosts;
    private List<String> redactedHeaders = List.of();
    private List<String> redactedQuery = List.of();
    private List<String> redactedPath = List.of();
    private String region;
    private String edge;
    private final Map<String, String> pathValues = new LinkedHashMap<>();

    private Builder(String serverUrl, List<AuthScheme> schemes) {
      this.serverUrl = Objects.requireNonNull(serverUrl, "serverUrl");
      this.schemes = List.copyOf(schemes);
    }

    /** Declares a server variable with its default and, if restricted, its allowed values. */
    public Builder variable(String name, String defaultValue, List<String> allowedValues) {
      variables.put(name, defaultValue);
      allowed.put(name, List.copyOf(allowedValues));
      return this;
    }

    /** Sets a server variable, such as a region. */
    public Builder serverVariable(String name, String value) {
      Objects.requireNonNull(value, name);
      List<String> values = allowed.getOrDefault(name, List.of());
      if (!values.isEmpty() && !values.contains(value)) {
        throw new IllegalArgumentException(name + " must be one of " + values + ", not " + value);
      }
      variables.put(name, value);
      return this;
    }

    /** Sends every request to this URL instead of the API's server. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Sends requests with this client. Keep its default {@link HttpClient.Redirect#NEVER}: the SDK
     * follows redirects itself, sending credentials only to the origin of the first request.
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
      this.maxRetries = maxRetries;
      return this;
    }

    /** Follows next-page links to another origin than the API's, without credentials. */
    public Builder followForeignLinks(boolean followForeignLinks) {
      this.followForeignLinks = followForeignLinks;
      return this;
    }

    /** Sends this header with every request, replacing one of the same name (in any case). */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
      headers.put(name, Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Credentials for one scheme, in the order of its environment variables. */
    public Builder credentials(String scheme, String... values) {
      List<String> list = new ArrayList<>(Arrays.asList(values));
      list.forEach(value -> Objects.requireNonNull(value, scheme));
      credentials.put(scheme, List.copyOf(list));
      return this;
    }

    /** Headers and query parameters whose values the debug log masks, besides the credentials. */
    public Builder redact(List<String> headers, List<String> query) {
      this.redactedHeaders = List.copyOf(headers);
      this.redactedQuery = List.copyOf(query);
      return this;
    }

    /** Path parameters, by name, whose values the debug log shows as {@code ***}. */
    public Builder redactPath(List<String> path) {
      this.redactedPath = List.copyOf(path);
      return this;
    }

    /** The hosts a region and an edge move requests to. */
    public Builder hosts(HostRewrite hosts) {
      this.hosts = Objects.requireNonNull(hosts, "hosts");
      return this;
    }

    /** The region requests move to; read from the environment when not set. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /** The edge requests move to; read from the environment when not set. */
    public Builder edge(String edge) {
      this.edge = Objects.requireNonNull(edge, "edge");
      return this;
    }

    /**
     * The value of the path parameter {@code name} in every call that leaves it out, before the
     * user name of the basic scheme.
     */
    public Builder pathValue(String name, String value) {
      pathValues.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
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

    private String serverUrl() {
      String url = serverUrl;
      for (Map.Entry<String, String> variable : variables.entrySet()) {
        url = url.replace("{" + variable.getKey() + "}", variable.getValue());
      }
      return url;
    }

    public ClientOptions build() {
      return new ClientOptions(this);
    }
  }
}
