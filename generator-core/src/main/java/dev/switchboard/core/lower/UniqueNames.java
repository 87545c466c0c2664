package dev.switchboard.core.lower;

import dev.switchboard.core.ir.Name;
import java.util.HashSet;
import java.util.Set;

/**
 * Hands out names unique within one scope, adding a numeric word on collision. Names are compared
 * by their letters alone (words joined, in lower case), so no two names in a scope differ only in
 * word breaks or letter case: once cased, they could name files that differ only in case.
 */
final class UniqueNames {
  private final Set<String> taken = new HashSet<>();

  /** Returns {@code wanted}, or {@code wanted} with a suffix if its words are taken. */
  Name claim(Name wanted) {
    Name candidate = wanted;
    for (int suffix = 2; !taken.add(String.join("", candidate.words()).toLowerCase(java.util.Locale.ROOT)); suffix++) {
      candidate = wanted.withSuffix(suffix);
    }
    return candidate;
  }
}
