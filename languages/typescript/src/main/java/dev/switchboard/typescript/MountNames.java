package dev.switchboard.typescript;

import dev.switchboard.core.ir.Name;
import java.util.List;

/** How the TypeScript SDK of several specs names what a mount's path gives it. */
final class MountNames {
  private MountNames() {}

  /**
   * The words of a whole mount path as one name: the mount's client class ({@code AccountsV1}),
   * the namespace of its exports ({@code accountsV1}).
   */
  static Name client(List<Name> path) {
    List<String> words = path.stream().flatMap(segment -> segment.words().stream()).toList();
    return new Name(words, String.join("/", path.stream().map(Name::wire).toList()));
  }
}
