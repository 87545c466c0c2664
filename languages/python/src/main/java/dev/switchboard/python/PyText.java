package dev.switchboard.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Escapes text from the spec for every place it lands: Python string literals, docstrings,
 * Markdown and TOML. Nothing a description contains can end a string or a docstring early.
 */
public final class PyText {
  private PyText() {}

  /** A Python string literal in the quotes ruff prefers: double, unless that needs more escapes. */
  public static String literal(String text) {
    char quote = text.indexOf('"') >= 0 && text.indexOf('\'') < 0 ? '\'' : '"';
    StringBuilder out = new StringBuilder().append(quote);
    text.codePoints().forEach(cp -> appendEscaped(out, cp, quote));
    return out.append(quote).toString();
  }

  private static void appendEscaped(StringBuilder out, int cp, char quote) {
    if (cp == '\\' || cp == quote) {
      out.append('\\').appendCodePoint(cp);
    } else if (cp == '\n') {
      out.append("\\n");
    } else if (cp == '\r') {
      out.append("\\r");
    } else if (cp == '\t') {
      out.append("\\t");
    } else if (isInvisible(cp)) {
      out.append(cp <= 0xFF ? String.format("\\x%02x", cp) : cp <= 0xFFFF ? String.format("\\u%04x", cp)
          : String.format("\\U%08x", cp));
    } else {
      out.appendCodePoint(cp);
    }
  }

  /** Control, format and separator characters, and lone surrogates: shown as escapes. */
  static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
        || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
  }

  /**
   * The lines of a docstring body for {@code text}: backslashes and quotes escaped so that
   * {@code """} can never close it, invisible characters escaped, tabs expanded, trailing blanks
   * and blank edges removed.
   */
  public static List<String> docLines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      lines.add(escapeDocLine(line.replace("\t", "    ")).stripTrailing());
    }
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return dedent(lines);
  }

  /** Escapes backslashes, invisible characters and every quote next to another quote. */
  private static String escapeDocLine(String line) {
    StringBuilder out = new StringBuilder();
    int[] cps = line.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      boolean quoteRun = cp == '"' && ((i > 0 && cps[i - 1] == '"') || (i + 1 < cps.length && cps[i + 1] == '"'));
      if (cp == '\\' || quoteRun) {
        out.append('\\').appendCodePoint(cp);
      } else if (isInvisible(cp)) {
        appendEscaped(out, cp, '"');
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** Escapes a quote at the very start or end, where it would touch the docstring's own quotes. */
  private static List<String> guardEdges(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    if (out.get(0).startsWith("\"")) {
      out.set(0, "\\" + out.get(0));
    }
    String last = out.get(out.size() - 1);
    if (last.endsWith("\"") && backslashesBefore(last, last.length() - 1) % 2 == 0) {
      out.set(out.size() - 1, last.substring(0, last.length() - 1) + "\\\"");
    }
    return out;
  }

  private static int backslashesBefore(String text, int index) {
    int count = 0;
    for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
      count++;
    }
    return count;
  }

  /** Removes indentation common to all non-blank lines after the first, as docstring tools do. */
  private static List<String> dedent(List<String> lines) {
    int common = lines.stream().skip(1).filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      out.add(i == 0 ? line.strip() : line.isBlank() ? "" : line.substring(common));
    }
    return out;
  }

  /**
   * A complete docstring for code at {@code indent} spaces (the first line not indented, the
   * others are), or empty when there is no text. One line fits
   * as {@code """text."""}; longer ones put the closing quotes on their own line.
   */
  public static Optional<String> docstring(Optional<String> text, int indent) {
    List<String> found = text.map(PyText::docLines).orElse(List.of());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = guardEdges(found);
    String pad = " ".repeat(indent);
    if (lines.size() == 1) {
      return Optional.of("\"\"\"" + lines.get(0) + "\"\"\"");
    }
    StringBuilder out = new StringBuilder("\"\"\"").append(lines.get(0)).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      out.append(line.isEmpty() ? "" : pad + line).append('\n');
    }
    return Optional.of(out.append(pad).append("\"\"\"").toString());
  }

  /** A TOML basic string. */
  public static String toml(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(cp -> {
      if (cp == '"' || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp < 0x20 || cp == 0x7F || isInvisible(cp)) {
        out.append(cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\U%08X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.append('"').toString();
  }
}
