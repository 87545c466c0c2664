package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.generated.tree.errors.InvalidRequestException;
import java.net.URI;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/** One HTTP call as an operation describes it, before credentials and base URL are applied. */
public final class ApiRequest {
  /** How a query parameter holding a list or an object is written. */
  public enum Style {
    FORM(","),
    SPACE_DELIMITED("%20"),
    PIPE_DELIMITED("%7C"),
    DEEP_OBJECT(",");

    private final String separator;

    Style(String separator) {
      this.separator = separator;
    }
  }

  private final String method;
  private final String path;
  private final String template;
  private final Map<String, String> pathValues;
  private final String url;
  private final String link;
  private final URI linkFrom;
  private final String server;
  private final List<Map.Entry<String, String>> query;
  private final Map<String, List<String>> headers;
  private final RequestBody body;
  private final List<List<String>> security;
  private final String idempotencyHeader;
  private final Map<String, List<String>> pathDefaults;

  private ApiRequest(Builder builder) {
    this.method = builder.method;
    this.path = builder.path;
    this.template = builder.template;
    this.pathValues = Collections.unmodifiableMap(new LinkedHashMap<>(builder.pathValues));
    this.url = builder.url;
    this.link = builder.link;
    this.linkFrom = builder.linkFrom;
    this.server = builder.server;
    this.query = Collections.unmodifiableList(new ArrayList<>(builder.query));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.body = builder.body;
    this.security = builder.security;
    this.idempotencyHeader = builder.idempotencyHeader;
    this.pathDefaults = Map.copyOf(builder.pathDefaults);
  }

  public static Builder builder(String method, String path) {
    return new Builder(method, path);
  }

  public String method() {
    return method;
  }

  public Map<String, List<String>> headers() {
    return headers;
  }

  public RequestBody body() {
    return body;
  }

  /** Alternatives of security scheme names; empty when the operation needs no credentials. */
  public List<List<String>> security() {
    return security;
  }

  public String idempotencyHeader() {
    return idempotencyHeader;
  }

  /**
   * The path as a log shows it: the value of each path parameter named in {@code hidden} written as
   * {@code mask}; null when it shows none.
   */
  String loggedPath(Set<String> hidden, String mask) {
    if (url != null || link != null || pathValues.keySet().stream().noneMatch(hidden::contains)) {
      return null;
    }
    String shown = template;
    for (Map.Entry<String, String> value : pathValues.entrySet()) {
      String text = hidden.contains(value.getKey()) ? mask : value.getValue();
      shown = shown.replace("{" + value.getKey() + "}", text);
    }
    return shown;
  }

  /** The path this request is sent to, its parameters filled in. */
  String path() {
    return path;
  }

  /** The first value of a query parameter, or null. */
  public String queryValue(String name) {
    for (Map.Entry<String, String> entry : query) {
      if (entry.getKey().equals(name) && entry.getValue() != null) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** This request with the query parameter set to one value, where the operation declares it. */
  public ApiRequest withQuery(String name, String value) {
    Builder copy = toBuilder();
    Map.Entry<String, String> entry =
        new AbstractMap.SimpleImmutableEntry<>(name, ParamEncoding.encodeQuery(value));
    int at = -1;
    for (int i = 0; i < copy.query.size() && at < 0; i++) {
      at = copy.query.get(i).getKey().equals(name) ? i : -1;
    }
    copy.query.removeIf(e -> e.getKey().equals(name));
    copy.query.add(at < 0 ? copy.query.size() : at, entry);
    return copy.build();
  }

  /** A GET of the given absolute URL with this request's headers and credentials. */
  public ApiRequest withUrl(String absoluteUrl) {
    Builder copy = toBuilder();
    copy.method = "GET";
    copy.url = absoluteUrl;
    copy.link = null;
    copy.linkFrom = null;
    copy.query.clear();
    copy.body = null;
    return copy.build();
  }

  /** A GET of a next-page link found in the page at {@code page}; resolved when sent. */
  ApiRequest withLink(String nextLink, URI page) {
    Builder copy = toBuilder();
    copy.method = "GET";
    copy.url = null;
    copy.link = nextLink;
    copy.linkFrom = page;
    copy.query.clear();
    copy.body = null;
    return copy.build();
  }

  /** The next-page link this request follows, or null. */
  String link() {
    return link;
  }

  URI linkFrom() {
    return linkFrom;
  }

  /** The server URL this request goes to: its operation's own, unless the base URL was set. */
  String root(String baseUrl, boolean overridden) {
    return server != null && !overridden ? server : baseUrl;
  }

  /** The operation's own server as the API describes it, or null. */
  String server() {
    return server;
  }

  /**
   * The full URI against the client's base URL. An operation with its own server uses that server
   * unless the base URL was set explicitly, which then takes every request.
   */
  public URI uri(String baseUrl, boolean overridden, List<Map.Entry<String, String>> extraQuery) {
    String target = url != null ? url : stripSlash(root(baseUrl, overridden)) + path;
    StringJoiner joined = new StringJoiner("&");
    appendQuery(joined, query);
    appendQuery(joined, extraQuery);
    if (joined.length() == 0) {
      return URI.create(target);
    }
    return URI.create(target + (target.contains("?") ? "&" : "?") + joined);
  }

  private static void appendQuery(StringJoiner joined, List<Map.Entry<String, String>> pairs) {
    for (Map.Entry<String, String> entry : pairs) {
      if (entry.getValue() != null) {
        joined.add(ParamEncoding.encodeQuery(entry.getKey()) + "=" + entry.getValue());
      }
    }
  }

  /**
   * This request with the path parameters the call left out filled in: each takes the client's
   * value for it, else the user name of the basic scheme named for it; without one it fails, naming
   * the parameter and the variable.
   */
  ApiRequest withPathDefaults(Credentials credentials, Map<String, String> pathValues) {
    if (pathDefaults.isEmpty()) {
      return this;
    }
    Builder copy = toBuilder();
    copy.pathDefaults.clear();
    pathDefaults.forEach(
        (name, from) -> {
          String given = pathValues.get(name);
          List<String> values = given != null ? List.of(given) : credentials.values(from.get(0));
          if (values == null || values.isEmpty()) {
            throw new IllegalStateException(
                name
                    + " was not given and there is no user name to take it from: pass it, or set "
                    + from.get(1));
          }
          copy.pathParam(name, values.get(0));
        });
    return copy.build();
  }

  private static String stripSlash(String base) {
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private Builder toBuilder() {
    Builder copy = new Builder(method, path);
    copy.template = template;
    copy.pathValues.putAll(pathValues);
    copy.url = url;
    copy.link = link;
    copy.linkFrom = linkFrom;
    copy.server = server;
    copy.query.addAll(query);
    copy.headers.putAll(headers);
    copy.body = body;
    copy.security = security;
    copy.idempotencyHeader = idempotencyHeader;
    copy.pathDefaults.putAll(pathDefaults);
    return copy;
  }

  /** Builds a request; values may be optionals, collections or null (which adds nothing). */
  public static final class Builder {
    private String method;
    private String path;
    private String template;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private String url;
    private String link;
    private URI linkFrom;
    private String server;
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private RequestBody body;
    private final Map<String, List<String>> pathDefaults = new LinkedHashMap<>();
    private List<List<String>> security = List.of();
    private String idempotencyHeader;

    private Builder(String method, String path) {
      this.method = Objects.requireNonNull(method, "method");
      this.path = Objects.requireNonNull(path, "path");
      this.template = path;
    }

    /**
     * A path parameter the call may leave out: given, as {@link #pathParam(String, Object)}; left
     * out, it takes the user name of the basic scheme {@code scheme} (read from {@code variable}
     * unless given to the client) when the request is sent.
     */
    public Builder pathParam(String name, Object value, String scheme, String variable) {
      if (!ParamEncoding.items(value).isEmpty()) {
        return pathParam(name, value);
      }
      pathDefaults.put(name, List.of(scheme, variable));
      return this;
    }

    /** Replaces {@code {name}} in the path with the percent-encoded value. */
    public Builder pathParam(String name, Object value) {
      List<Object> items = ParamEncoding.items(value);
      if (items.isEmpty()) {
        throw new IllegalArgumentException("path parameter `" + name + "` is required");
      }
      StringJoiner text = new StringJoiner(",");
      StringJoiner joined = new StringJoiner(",");
      items.forEach(item -> text.add(ParamEncoding.text(item)));
      items.forEach(item -> joined.add(ParamEncoding.encodePath(ParamEncoding.text(item))));
      if (text.toString().equals(".") || text.toString().equals("..")) {
        // URL parsers and servers read these as "this" and "parent" folder, even percent-encoded.
        throw new InvalidRequestException(
            "path parameter `" + name + "` is '" + text + "', which would change the request path");
      }
      path = path.replace("{" + name + "}", joined.toString());
      pathValues.put(name, joined.toString());
      return this;
    }

    public Builder query(String name, Object value) {
      return query(name, value, Style.FORM, true);
    }

    public Builder query(String name, Object value, Style style, boolean explode) {
      List<Object> items = ParamEncoding.items(value);
      if (items.isEmpty()) {
        return add(name, null);
      }
      if (items.size() == 1 && ParamEncoding.isObject(items.get(0))) {
        return queryObject(name, Json.mapper().valueToTree(items.get(0)), style);
      }
      if (explode && style == Style.FORM) {
        items.forEach(item -> add(name, ParamEncoding.encodeQuery(ParamEncoding.text(item))));
      } else if (!items.isEmpty()) {
        StringJoiner joined = new StringJoiner(style.separator);
        items.forEach(item -> joined.add(ParamEncoding.encodeQuery(ParamEncoding.text(item))));
        add(name, joined.toString());
      }
      return this;
    }

    private Builder queryObject(String name, JsonNode node, Style style) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key =
            style == Style.DEEP_OBJECT ? name + "[" + field.getKey() + "]" : field.getKey();
        if (field.getValue().isObject()) {
          queryObject(key, field.getValue(), Style.DEEP_OBJECT);
        } else if (field.getValue().isArray()) {
          field
              .getValue()
              .forEach(item -> add(key, ParamEncoding.encodeQuery(ParamEncoding.text(item))));
        } else if (!field.getValue().isNull()) {
          add(key, ParamEncoding.encodeQuery(ParamEncoding.text(field.getValue())));
        }
      }
      return this;
    }

    /** Adds a pair; a null value only keeps the parameter's place for paging. */
    private Builder add(String name, String encodedValue) {
      query.add(new AbstractMap.SimpleImmutableEntry<>(name, encodedValue));
      return this;
    }

    public Builder header(String name, Object value) {
      List<Object> items = ParamEncoding.items(value);
      if (!items.isEmpty()) {
        StringJoiner joined = new StringJoiner(",");
        items.forEach(item -> joined.add(ParamEncoding.text(item)));
        headers.put(name, List.of(joined.toString()));
      }
      return this;
    }

    public Builder cookie(String name, Object value) {
      List<Object> items = ParamEncoding.items(value);
      if (!items.isEmpty()) {
        String cookie = name + "=" + ParamEncoding.encodeQuery(ParamEncoding.text(items.get(0)));
        headers.merge("Cookie", List.of(cookie), (a, b) -> List.of(a.get(0) + "; " + b.get(0)));
      }
      return this;
    }

    /** The operation's own server URL, used instead of the client's. */
    public Builder server(String url) {
      this.server = url;
      return this;
    }

    public Builder body(RequestBody body) {
      this.body = body;
      return this;
    }

    public Builder security(List<List<String>> alternatives) {
      this.security = List.copyOf(alternatives);
      return this;
    }

    /** The header that makes retrying this request safe; a key is generated when absent. */
    public Builder idempotencyHeader(String name) {
      this.idempotencyHeader = name;
      return this;
    }

    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
