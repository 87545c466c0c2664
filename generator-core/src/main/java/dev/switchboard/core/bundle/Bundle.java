package dev.switchboard.core.bundle;

import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.diagnostics.Severity;
import dev.switchboard.core.plan.HostRewrite;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plan.PathOption;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanAuth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One SDK made of several specs: who it is, and each spec mounted at its own path, sorted by path.
 * The client every language prints takes the union of the mounts' credentials and client options
 * ({@link #auth()}, {@link #pathOptions()}) and hands each mount the ones it declares.
 */
public record Bundle(Identity identity, List<Mount> mounts, Optional<Shortcuts> shortcuts) {
  private static final Comparator<Mount> BY_PATH = Comparator.comparing(Mount::key).thenComparing(Mount::source);

  public Bundle {
    Objects.requireNonNull(identity, "identity == null");
    mounts = mounts.stream().sorted(BY_PATH).toList();
    Objects.requireNonNull(shortcuts, "shortcuts == null");
  }

  /**
   * The bundle of {@code mounts}, or an error per mount that another one's path equals or contains
   * ({@code client.iam} cannot be both an API and the namespace of {@code client.iam.v1}), and one
   * when {@code shortcuts} (a mount's path, from the {@code config} file) names no mount.
   */
  public static Bundle of(Identity identity, List<Mount> mounts, Optional<String> shortcuts, String config,
      Diagnostics diagnostics) {
    List<Mount> sorted = mounts.stream().sorted(BY_PATH).toList();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        if (sorted.get(i).covers(sorted.get(j))) {
          diagnostics.add(collision(sorted.get(i), sorted.get(j)));
        }
      }
    }
    Optional<Mount> target = shortcuts.flatMap(key -> sorted.stream().filter(m -> m.key().equals(key)).findFirst());
    if (shortcuts.isPresent() && target.isEmpty()) {
      diagnostics.add(new Diagnostic("shortcuts-unknown", Severity.ERROR, config, "/shortcuts",
          "shortcuts: '" + shortcuts.get() + "' is not the path of a mount",
          Optional.of("name one of " + String.join(", ", sorted.stream().map(Mount::key).toList()))));
    }
    return new Bundle(identity, sorted, target.map(mount -> Shortcuts.of(mount, sorted)));
  }

  private static Diagnostic collision(Mount first, Mount second) {
    String where = second.path().size() > first.path().size() ? "below '" + first.key() + "', where " + first.source()
        + " is mounted" : "at '" + first.key() + "', as " + first.source() + " is";
    return new Diagnostic("mount-collision", Severity.ERROR, second.source(), "/servers/0/url",
        second.source() + " is mounted " + where + "; a client member cannot hold both",
        Optional.of("give one of them its own place in switchboard.yaml: mounts: {"
            + java.nio.file.Path.of(second.source()).getFileName() + ": DOMAIN/VERSION}"));
  }

  /** This bundle with each mount's plan changed by {@code change}, the shortcuts' mount too. */
  public Bundle withPlans(java.util.function.UnaryOperator<Plan> change) {
    List<Mount> changed = mounts.stream().map(mount -> mount.withPlan(change.apply(mount.plan()))).toList();
    Optional<Shortcuts> moved = shortcuts.map(s -> new Shortcuts(
        changed.stream().filter(m -> m.key().equals(s.mount().key())).findFirst().orElseThrow(), s.members()));
    return new Bundle(identity, changed, moved);
  }

  /** Every mount's security schemes, once per scheme name, in mount order. */
  public List<PlanAuth> auth() {
    Map<String, PlanAuth> union = new LinkedHashMap<>();
    mounts.forEach(m -> m.plan().auth().forEach(a -> union.putIfAbsent(a.name().wire(), a)));
    return new ArrayList<>(union.values());
  }

  /** Every mount's path options ({@code account_sid}), once per option. */
  public List<PathOption> pathOptions() {
    Map<String, PathOption> union = new LinkedHashMap<>();
    mounts.forEach(m -> m.plan().pathOptions().forEach(o -> union.putIfAbsent(o.option().key(), o)));
    return new ArrayList<>(union.values());
  }

  /** The host rewriting of a region and edge, when a mount's config asks for one (the config is shared). */
  public Optional<HostRewrite> regions() {
    return mounts.stream().map(m -> m.plan().regions()).flatMap(Optional::stream).findFirst();
  }

  /**
   * The namespaces between the client and the mounts, each with its children: {@code api} holds
   * {@code v2010}. A mount whose path has one segment is a child of the client itself.
   */
  public Namespace root() {
    return Namespace.of(List.of(), mounts);
  }
}
