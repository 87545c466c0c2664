package dev.switchboard.core.bundle;

import dev.switchboard.core.config.SpecsConfig;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Server;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a spec's API is mounted on a client made of several specs: the domain is the first label
 * of its server's host ({@code api.twilio.com} → {@code api}), the version the first path segment
 * every operation shares, or the server URL's last segment, when it names a version ({@code /v1},
 * or a date, {@code /2010-04-01} → {@code v2010}). The config's {@code mounts:} overrides both;
 * a spec without a host is mounted under its file name.
 */
public final class MountPaths {
  private static final Pattern VERSION = Pattern.compile("v[0-9]+([.][0-9]+)?((alpha|beta)[0-9]*)?");
  private static final Pattern DATE = Pattern.compile("([0-9]{4})-[0-9]{2}-[0-9]{2}");
  private static final Pattern LABEL = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Set<String> GENERIC_HOSTS = Set.of("www", "localhost");

  private MountPaths() {}

  public static List<Name> of(Api api, String source, SpecsConfig config) {
    List<String> configured = config.mounts().get(source);
    if (configured != null) {
      return configured.stream().map(Name::of).toList();
    }
    List<Name> path = new ArrayList<>();
    path.add(Name.of(domain(api).orElseGet(() -> stem(source))));
    version(api).map(Name::of).ifPresent(path::add);
    return path;
  }

  private static Optional<String> domain(Api api) {
    return api.servers().stream().findFirst().map(Server::defaultUrl).flatMap(MountPaths::host)
        .map(host -> host.split("[.]")[0]).filter(label -> LABEL.matcher(label).matches() && !GENERIC_HOSTS.contains(label));
  }

  private static Optional<String> host(String url) {
    try {
      return Optional.ofNullable(URI.create(url).getHost()).map(h -> h.toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> version(Api api) {
    Optional<String> fromServer = api.servers().stream().findFirst().map(Server::defaultUrl).flatMap(MountPaths::lastSegment);
    return fromServer.flatMap(MountPaths::asVersion).or(() -> sharedFirstSegment(api).flatMap(MountPaths::asVersion));
  }

  private static Optional<String> lastSegment(String url) {
    try {
      String path = Optional.ofNullable(URI.create(url).getPath()).orElse("");
      String[] segments = path.split("/");
      return segments.length == 0 ? Optional.empty() : Optional.of(segments[segments.length - 1]);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> sharedFirstSegment(Api api) {
    Set<String> first = api.operations().map(Operation::path).map(p -> p.split("/"))
        .map(s -> s.length > 1 ? s[1] : "").collect(Collectors.toSet());
    return first.size() == 1 ? first.stream().findFirst() : Optional.empty();
  }

  private static Optional<String> asVersion(String segment) {
    String lower = segment.toLowerCase(java.util.Locale.ROOT);
    if (VERSION.matcher(lower).matches()) {
      return Optional.of(lower);
    }
    Matcher date = DATE.matcher(lower);
    return date.matches() ? Optional.of("v" + date.group(1)) : Optional.empty();
  }

  /** The file name without its extension, lower-cased, as a last resort. */
  private static String stem(String source) {
    String stem = source.replaceFirst("[.][^.]*$", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return stem.isEmpty() || !Character.isLetter(stem.charAt(0)) ? "api-" + stem : stem;
  }
}
