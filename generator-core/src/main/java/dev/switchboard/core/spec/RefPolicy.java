package dev.switchboard.core.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Which {@code $ref}s may be followed. By default only files inside the spec's own folder (after
 * resolving symbolic links) are read, and nothing over the network; {@code roots} adds folders,
 * {@code remote} allows URLs of any scheme.
 */
public record RefPolicy(boolean remote, List<Path> roots) {
  public static final RefPolicy CONFINED = new RefPolicy(false, List.of());

  public RefPolicy {
    roots = List.copyOf(Objects.requireNonNull(roots, "roots == null"));
  }
}
