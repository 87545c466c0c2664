package dev.switchboard.core.plugin;

import dev.switchboard.core.ir.Name;
import java.util.List;

/**
 * Where a plugin prints one spec of an SDK made of several: its code goes below the mount's path
 * ({@code api/v2010}, spelled by the language as a package or folder), and the runtime, the package
 * files and the README are left to the bundle's root ({@link LanguagePlugin#generateRoot}). The
 * spec's plan already has the whole SDK's identity: every spec of a bundle is named after it.
 */
public record Placement(List<Name> mount) {
  public Placement {
    mount = List.copyOf(mount);
    if (mount.isEmpty()) {
      throw new IllegalArgumentException("mount is empty");
    }
  }
}
