package dev.switchboard.core.bundle;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.readme.Readme;
import java.util.List;
import java.util.Objects;

/**
 * One spec of an SDK made of several: its API, planned as if alone, mounted on the client at
 * {@code path} (a domain, then a version when the API has one: {@code client.api.v2010}). Each
 * mount's types and resources live in their own namespace, so equal names in two specs never
 * collide. {@code source} is the spec's file name, which diagnostics and the config's
 * {@code mounts:} refer to.
 */
public record Mount(List<Name> path, String source, Api api, Plan plan, Readme readme) {
  public Mount {
    path = List.copyOf(path);
    if (path.isEmpty()) {
      throw new IllegalArgumentException("path is empty");
    }
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(api, "api == null");
    Objects.requireNonNull(plan, "plan == null");
    Objects.requireNonNull(readme, "readme == null");
  }

  /** This mount with {@code plan} as its plan. */
  public Mount withPlan(Plan plan) {
    return new Mount(path, source, api, plan, readme);
  }

  /** The mount's path as the config writes it: {@code api/v2010}. */
  public String key() {
    return String.join("/", path.stream().map(Name::wire).toList());
  }

  /**
   * The path of the mount's default server URL ({@code /v1}, or empty): a client given one base URL
   * for every mount (a gateway, a test server) sends this mount's requests to that URL plus this path.
   */
  public String serverPath() {
    return plan.defaultServer().map(server -> server.url()).map(Mount::pathOf).orElse("");
  }

  private static String pathOf(String url) {
    int scheme = url.indexOf("://");
    int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
    String path = slash < 0 ? "" : url.substring(slash);
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** Whether {@code other} sits at this mount's path or below it (a client member cannot be both). */
  public boolean covers(Mount other) {
    return other.path.size() >= path.size() && other.path.subList(0, path.size()).stream().map(Name::key).toList()
        .equals(path.stream().map(Name::key).toList());
  }
}
