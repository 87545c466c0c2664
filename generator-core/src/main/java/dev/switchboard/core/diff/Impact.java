package dev.switchboard.core.diff;

/**
 * What a change means to the users of one SDK, as semantic versioning counts it: code that worked
 * may stop compiling or working ({@code BREAKING}), something new can be used ({@code FEATURE}),
 * or nothing a caller writes changes ({@code FIX}). Ordered from the least to the most severe.
 */
public enum Impact {
  FIX,
  FEATURE,
  BREAKING;

  /** The lower-case word used in reports, JSON and options ({@code breaking}). */
  @com.fasterxml.jackson.annotation.JsonValue
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
