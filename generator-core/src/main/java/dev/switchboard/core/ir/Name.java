package dev.switchboard.core.ir;

import dev.switchboard.core.naming.Words;
import java.util.List;
import java.util.Objects;

/**
 * A name as neutral lower-case words plus the unchanged wire name. Plugins case the words
 * themselves; the wire name is what goes over HTTP.
 */
public record Name(List<String> words, String wire) {
  public Name {
    Objects.requireNonNull(wire, "wire == null");
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("words is empty for wire name '" + wire + "'");
    }
  }

  /** Splits a wire name into words. */
  public static Name of(String wire) {
    return new Name(Words.split(wire), wire);
  }

  /** The same wire name with a numeric suffix word, used to resolve collisions. */
  public Name withSuffix(int number) {
    List<String> suffixed = new java.util.ArrayList<>(words);
    suffixed.add(Integer.toString(number));
    return new Name(suffixed, wire);
  }

  /** Words joined by single spaces; the collision key shared by every casing. */
  public String key() {
    return String.join(" ", words);
  }
}
