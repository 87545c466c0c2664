package dev.switchboard.core.plugin;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.Identity;
import java.util.List;
import java.util.Objects;

/**
 * Where a plugin prints one spec of an SDK made of several: its code goes below the mount's path
 * ({@code api/v2010}, spelled by the language as a package or folder), and the runtime, the package
 * files and the README are left to the bundle's root ({@link LanguagePlugin#generateRoot}). {@code
 * sdk} is the identity of the whole SDK, whose package names the root's (the spec's own plan names
 * the spec alone): a language whose imports name the root package reads it there.
 */
public record Placement(List<Name> mount, Identity sdk) {
  public Placement {
    Objects.requireNonNull(sdk, "sdk == null");
    mount = List.copyOf(mount);
    if (mount.isEmpty()) {
      throw new IllegalArgumentException("mount is empty");
    }
  }
}
