package dev.switchboard.core.ir;

import dev.switchboard.core.naming.Words;
import java.util.List;
import java.util.Objects;

/**
 * A name as neutral lower-case words plus the unchanged wire name. Plugins case the words
 * themselves; the wire name is what goes over HTTP.
 */
public record Name(List<String> words, String wire) {
  /**
   * Most letters a name's words may hold. Longer names are cut to their first words plus a word
   * made of a hash of the whole, so identifiers and the file names made of them (a Java
   * {@code Outer$Inner$Builder.class} included) stay far below the 255-byte limit of file systems.
   */
  public static final int MAX_LETTERS = 64;
  private static final int KEPT_LETTERS = 48;

  public Name {
    Objects.requireNonNull(wire, "wire == null");
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("words is empty for wire name '" + wire + "'");
    }
    if (isTooLong(words)) {
      words = shorten(words);
    }
  }

  /** Whether these words are longer than {@link #MAX_LETTERS} and would be shortened. */
  public static boolean isTooLong(List<String> words) {
    return words.stream().mapToInt(String::length).sum() > MAX_LETTERS;
  }

  private static List<String> shorten(List<String> words) {
    List<String> kept = new java.util.ArrayList<>();
    int letters = 0;
    for (String word : words) {
      if (letters + word.length() > KEPT_LETTERS) {
        if (kept.isEmpty()) {
          kept.add(word.substring(0, KEPT_LETTERS));
        }
        break;
      }
      kept.add(word);
      letters += word.length();
    }
    kept.add("h" + hash(String.join(" ", words)));
    return kept;
  }

  private static String hash(String key) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
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
