package dev.switchboard.core.naming;

import java.util.List;
import java.util.Locale;

/** Joins neutral words in the casings languages use. Results may start with a digit. */
public final class Case {
  private Case() {}

  public static String pascal(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      appendJoined(out, capitalize(word));
    }
    return out.toString();
  }

  public static String camel(List<String> words) {
    String pascal = pascal(words.subList(1, words.size()));
    StringBuilder out = new StringBuilder(words.get(0));
    appendJoined(out, pascal);
    return out.toString();
  }

  public static String snake(List<String> words) {
    return String.join("_", words);
  }

  public static String screamingSnake(List<String> words) {
    return snake(words).toUpperCase(Locale.ROOT);
  }

  public static String kebab(List<String> words) {
    return String.join("-", words);
  }

  /** Joins two digit runs with an underscore so that {@code [v1, 2]} never reads as {@code v12}. */
  private static void appendJoined(StringBuilder out, String next) {
    if (next.isEmpty()) {
      return;
    }
    if (out.length() > 0
        && Character.isDigit(out.charAt(out.length() - 1))
        && Character.isDigit(next.charAt(0))) {
      out.append('_');
    }
    out.append(next);
  }

  private static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
