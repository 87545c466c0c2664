package dev.switchboard.core.lower;

import dev.switchboard.core.ir.Name;
import java.util.HashSet;
import java.util.Set;

/** Hands out names unique within one scope, adding a numeric word on collision. */
final class UniqueNames {
  private final Set<String> taken = new HashSet<>();

  /** Returns {@code wanted}, or {@code wanted} with a suffix if its words are taken. */
  Name claim(Name wanted) {
    Name candidate = wanted;
    for (int suffix = 2; !taken.add(candidate.key()); suffix++) {
      candidate = wanted.withSuffix(suffix);
    }
    return candidate;
  }
}
