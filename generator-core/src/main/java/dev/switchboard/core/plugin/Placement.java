package dev.switchboard.core.plugin;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.Identity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a plugin prints one spec of an SDK made of several: its code goes below the mount's path
 * ({@code api/v2010}, spelled by the language as a package or folder), and the runtime, the package
 * files and the README are left to the bundle's root ({@link LanguagePlugin#generateRoot}).
 * {@code bundle} is the identity of the SDK the mount is part of (its package name names the
 * folder a language prints every mount in), when known; each spec's plan has its own.
 */
public record Placement(List<Name> mount, Optional<Identity> bundle) {
  /** A placement whose bundle's identity is not known. */
  public Placement(List<Name> mount) {
    this(mount, Optional.empty());
  }

  public Placement {
    Objects.requireNonNull(bundle, "bundle == null");
    mount = List.copyOf(mount);
    if (mount.isEmpty()) {
      throw new IllegalArgumentException("mount is empty");
    }
  }
}
