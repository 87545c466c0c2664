package dev.switchboard.generated.tree.core;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How a client's region and edge move requests to other hosts (the API's {@code regions} settings).
 * {@code hosts} are exact host names or {@code *.DOMAIN} (one label in front of DOMAIN); the labels
 * {@code {host}} (the host's first label), {@code {edge}} and {@code {region}} of {@code rewrite}
 * are filled in and a label left unset is dropped. With an edge and no region, the region is {@code
 * defaultRegion}.
 */
public final class HostRewrite {
  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  private static final String RULE =
      "a region or an edge is one DNS label: 1-63 letters, digits or '-', not starting or ending"
          + " with '-'";

  private final List<String> hosts;
  private final String rewrite;
  private final String defaultRegion;
  private final String regionOption;
  private final String edgeOption;
  private final String regionVariable;
  private final String edgeVariable;
  private final String region;
  private final String edge;

  private HostRewrite(
      List<String> hosts,
      String rewrite,
      String defaultRegion,
      String regionOption,
      String edgeOption,
      String regionVariable,
      String edgeVariable,
      String region,
      String edge) {
    this.hosts = List.copyOf(hosts);
    this.rewrite = Objects.requireNonNull(rewrite, "rewrite");
    this.defaultRegion = defaultRegion;
    this.regionOption = Objects.requireNonNull(regionOption, "regionOption");
    this.edgeOption = Objects.requireNonNull(edgeOption, "edgeOption");
    this.regionVariable = Objects.requireNonNull(regionVariable, "regionVariable");
    this.edgeVariable = Objects.requireNonNull(edgeVariable, "edgeVariable");
    this.region = region;
    this.edge = edge;
  }

  /**
   * The rule, with no region or edge chosen yet; {@code defaultRegion} may be null. The options
   * (the builder's setters) and the variables name where a refused value came from.
   */
  public static HostRewrite of(
      List<String> hosts,
      String rewrite,
      String defaultRegion,
      String regionOption,
      String regionVariable,
      String edgeOption,
      String edgeVariable) {
    return new HostRewrite(
        hosts,
        rewrite,
        defaultRegion,
        regionOption,
        edgeOption,
        regionVariable,
        edgeVariable,
        null,
        null);
  }

  /**
   * The rule with the given region and edge, each read from the environment when null.
   *
   * @throws IllegalArgumentException when one is not a DNS label: the value becomes part of the
   *     request's host, where {@code evil.test#}, {@code a/b} or {@code user@host} would move the
   *     request, credentials included, to another origin
   */
  HostRewrite choose(String region, String edge, Function<String, String> environment) {
    return new HostRewrite(
        hosts,
        rewrite,
        defaultRegion,
        regionOption,
        edgeOption,
        regionVariable,
        edgeVariable,
        chosen(region, regionOption, environment.apply(regionVariable), regionVariable),
        chosen(edge, edgeOption, environment.apply(edgeVariable), edgeVariable));
  }

  private static String chosen(String value, String option, String fromEnv, String variable) {
    if (value != null) {
      return label(value, option);
    }
    String read = blankToNull(fromEnv);
    return read == null ? null : label(read, variable);
  }

  private static String label(String value, String source) {
    if (!LABEL.matcher(value).matches()) {
      throw new IllegalArgumentException(
          source + " \"" + value + "\" is not a valid host label: " + RULE + ".");
    }
    return value;
  }

  /** The region requests are moved to, or null. */
  public String region() {
    return region;
  }

  /** The edge requests are moved to, or null. */
  public String edge() {
    return edge;
  }

  /** The host to send to instead of {@code host}. */
  public String host(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    if ((region == null && edge == null) || hosts.stream().noneMatch(p -> matches(p, lower))) {
      return host;
    }
    String chosenRegion = region != null ? region : edge != null ? defaultRegion : null;
    List<String> labels = new ArrayList<>();
    for (String label : rewrite.split("\\.", -1)) {
      String value = label;
      if (label.equals("{host}")) {
        value = host.split("\\.", -1)[0];
      } else if (label.equals("{edge}")) {
        value = edge;
      } else if (label.equals("{region}")) {
        value = chosenRegion;
      }
      if (value != null && !value.isEmpty()) {
        labels.add(value);
      }
    }
    return String.join(".", labels);
  }

  /** {@code uri} with its host rewritten; port, path and query kept. */
  public URI apply(URI uri) {
    String host = uri.getHost();
    if (host == null) {
      return uri;
    }
    String moved = host(host);
    if (moved.equals(host)) {
      return uri;
    }
    // Rebuilt from the raw parts, so that escapes in the path and query stay as they are.
    StringBuilder out = new StringBuilder(uri.getScheme()).append("://");
    if (uri.getRawUserInfo() != null) {
      out.append(uri.getRawUserInfo()).append('@');
    }
    out.append(moved);
    if (uri.getPort() >= 0) {
      out.append(':').append(uri.getPort());
    }
    out.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (uri.getRawQuery() != null) {
      out.append('?').append(uri.getRawQuery());
    }
    if (uri.getRawFragment() != null) {
      out.append('#').append(uri.getRawFragment());
    }
    return URI.create(out.toString());
  }

  private static boolean matches(String pattern, String host) {
    String lower = pattern.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("*.")) {
      return host.equals(lower);
    }
    int dot = host.indexOf('.');
    return dot > 0 && host.substring(dot + 1).equals(lower.substring(2));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
