package dev.switchboard.generated.tree.core;

import dev.switchboard.generated.tree.errors.ApiDecodeException;
import dev.switchboard.generated.tree.errors.ForeignLinkException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where next-page links and redirects may lead: credentials never follow one to another origin. Not
 * part of the public API.
 */
final class Links {
  private Links() {}

  /** A next-page link resolved to the URL to fetch, and whether it must go without credentials. */
  static final class Target {
    private final String url;
    private final boolean foreign;

    private Target(String url, boolean foreign) {
      this.url = url;
      this.foreign = foreign;
    }

    String url() {
      return url;
    }

    boolean foreign() {
      return foreign;
    }
  }

  /**
   * A link on the page's own origin is followed as is; a link on the API's server (as the API
   * describes it) is moved onto the base URL: origin replaced, the server's path prefix replaced by
   * the base URL's. Any other origin is refused unless the client follows foreign links. A link
   * that is an absolute path ({@code /2010-04-01/...}, no {@code //host}) is a path on the API's
   * server, so it is moved onto the base URL too.
   */
  static Target next(URI page, String link, String apiServer, String base, boolean followForeign) {
    URI api = URI.create(apiServer);
    if (link.startsWith("/") && !link.startsWith("//")) {
      return new Target(rebase(against(api, link), api, base), false);
    }
    URI target = against(page, link);
    if (origin(target).equals(origin(page))) {
      return new Target(target.toString(), false);
    }
    if (origin(target).equals(origin(api))) {
      return new Target(rebase(target, api, base), false);
    }
    if (followForeign) {
      return new Target(target.toString(), true);
    }
    throw new ForeignLinkException(
        "refusing to follow a next-page link to another origin: " + link);
  }

  /** {@code link} resolved against {@code page} as RFC 3986 says (a bare query keeps the path). */
  static URI against(URI page, String link) {
    try {
      if (link.startsWith("?")) {
        String text = page.toString();
        int cut = text.indexOf('?') >= 0 ? text.indexOf('?') : text.indexOf('#');
        return new URI((cut >= 0 ? text.substring(0, cut) : text) + link);
      }
      return page.resolve(new URI(link));
    } catch (URISyntaxException e) {
      throw new ApiDecodeException("invalid link in a response: " + link, e);
    }
  }

  /** {@code scheme://host:port} of an http(s) URI; any other URI is an origin of its own. */
  static String origin(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      return uri.toString();
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("http") ? 80 : 443;
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  private static String rebase(URI target, URI api, String base) {
    String prefix = stripSlash(api.getRawPath() == null ? "" : api.getRawPath());
    String path = target.getRawPath() == null ? "" : target.getRawPath();
    if (path.equals(prefix) || path.startsWith(prefix + "/")) {
      path = path.substring(prefix.length());
    }
    return stripSlash(base)
        + path
        + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
  }

  private static String stripSlash(String text) {
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
