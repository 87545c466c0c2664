package dev.switchboard.core.naming;

import java.util.Set;

/** Small helpers symbol providers share when turning cased words into legal identifiers. */
public final class Identifiers {
  private Identifiers() {}

  /** Prefixes an identifier that starts with a digit. */
  public static String leadingDigit(String identifier, String prefix) {
    return !identifier.isEmpty() && Character.isDigit(identifier.charAt(0))
        ? prefix + identifier
        : identifier;
  }

  /** Appends {@code suffix} when the identifier is reserved. */
  public static String unreserved(String identifier, Set<String> reserved, String suffix) {
    return reserved.contains(identifier) ? identifier + suffix : identifier;
  }
}
