package dev.switchboard.core.bundle;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanResource;
import dev.switchboard.core.plan.ResourceTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Members of one mount's client that the SDK's client has too, as Twilio's libraries do:
 * {@code client.messages} is {@code client.api.v2010.messages} ({@code shortcuts: api/v2010}).
 * {@code members} are the mount client's own members in its order (its tree's roots and shortcuts,
 * then the resources that keep an operation no node calls), less those whose name a namespace of
 * the client already has ({@code accounts} stays the domain of that name).
 */
public record Shortcuts(Mount mount, List<Name> members) {
  public Shortcuts {
    Objects.requireNonNull(mount, "mount == null");
    members = List.copyOf(members);
  }

  static Shortcuts of(Mount mount, List<Mount> all) {
    Set<String> taken = new HashSet<>();
    all.forEach(m -> taken.add(m.path().get(0).key()));
    List<Name> members = new ArrayList<>();
    for (Name member : clientMembers(mount.plan())) {
      if (taken.add(member.key())) {
        members.add(member);
      }
    }
    return new Shortcuts(mount, members);
  }

  private static List<Name> clientMembers(Plan plan) {
    ResourceTree tree = plan.tree();
    List<Name> members = new ArrayList<>();
    tree.roots().forEach(root -> members.add(tree.node(root).name()));
    tree.shortcuts().forEach(shortcut -> members.add(shortcut.name()));
    plan.resources().stream().filter(r -> r.operations().stream().anyMatch(op -> !tree.covers(op.id())))
        .forEach(r -> members.add(r.name()));
    return members;
  }
}
