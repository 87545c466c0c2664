package dev.switchboard.core.bundle;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plan.Plan;
import java.util.List;
import java.util.Optional;

/**
 * What {@code switchboard plan} prints for several specs: the SDK's identity and, per mount, where
 * it is mounted, the spec it comes from, the path its server adds to a shared base URL, and its plan.
 */
@JsonPropertyOrder({"identity", "shortcuts", "mounts"})
public record BundlePlan(Identity identity, Optional<ShortcutsPlan> shortcuts, List<MountPlan> mounts) {
  public BundlePlan {
    mounts = List.copyOf(mounts);
  }

  /** The client's own members that are a mount's: {@code client.messages} is {@code client.api.v2010.messages}. */
  @JsonPropertyOrder({"mount", "members"})
  public record ShortcutsPlan(String mount, List<Name> members) {}

  @JsonPropertyOrder({"path", "source", "serverPath", "plan"})
  public record MountPlan(String path, String source, String serverPath, Plan plan) {}

  public static BundlePlan of(Bundle bundle) {
    return new BundlePlan(bundle.identity(),
        bundle.shortcuts().map(s -> new ShortcutsPlan(s.mount().key(), s.members())), bundle.mounts().stream()
        .map(m -> new MountPlan(m.key(), m.source(), m.serverPath(), m.plan())).toList());
  }
}
