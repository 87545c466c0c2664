package dev.switchboard.java;

import dev.switchboard.core.ir.Docs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns spec text into Javadoc that can neither end the comment nor break the javadoc tool. */
final class Javadoc {
  private Javadoc() {}

  /** Escapes HTML, tags, comment ends and unicode-escape backslashes; paragraphs become {@code <p>}. */
  static String escape(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : normalized.split("\n\\s*\n")) {
      String escaped = escapeLine(paragraph.strip());
      if (!escaped.isEmpty()) {
        paragraphs.add(escaped);
      }
    }
    return String.join("\n\n<p>", paragraphs);
  }

  private static String escapeLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.append(escapeChar(cp)));
    return out.toString().replace("*/", "*&#47;").replace("/*", "&#47;*");
  }

  private static String escapeChar(int cp) {
    switch (cp) {
      case '&':
        return "&amp;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '@':
        return "&#64;";
      case '\\':
        return "&#92;";
      case '{':
        return "&#123;";
      case '}':
        return "&#125;";
      case '\n':
        return "\n";
      default:
        return Character.isISOControl(cp) || Character.getType(cp) == Character.LINE_SEPARATOR
            || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR ? " " : new String(Character.toChars(cp));
    }
  }

  /** The docs' text, escaped and ending with a newline, or empty. */
  static Optional<String> of(Docs docs) {
    return docs.text().map(Javadoc::escape).filter(s -> !s.isEmpty()).map(s -> s + "\n");
  }

  /** The docs' text, or the fallback sentence when the spec has none. */
  static String orElse(Docs docs, String fallback) {
    return of(docs).orElse(fallback + "\n");
  }
}
