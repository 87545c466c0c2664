package dev.switchboard.java;

import java.util.HashSet;
import java.util.Set;

/** Names taken in one namespace; a clashing name gets the next free numeric suffix. */
final class Scope {
  private final Set<String> taken = new HashSet<>();

  Scope(Set<String> reserved) {
    reserved.forEach(name -> taken.add(key(name)));
  }

  /** Returns {@code candidate}, or {@code candidate2}, {@code candidate3}... if already taken. */
  String claim(String candidate) {
    String name = candidate;
    for (int n = 2; taken.contains(key(name)); n++) {
      name = candidate + n;
    }
    taken.add(key(name));
    return name;
  }

  boolean isTaken(String name) {
    return taken.contains(key(name));
  }

  /** Class names clash regardless of case on case-insensitive file systems. */
  private static String key(String name) {
    return name.toLowerCase(java.util.Locale.ROOT);
  }
}
