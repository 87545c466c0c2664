package dev.switchboard.typescript;

import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.text.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Escapes text for TypeScript string literals and JSDoc comments. */
final class TsText {
  private TsText() {}

  /**
   * A string literal as Prettier writes it: single quotes unless the text holds more single than
   * double quotes; only the backslash, the quote, line breaks and control characters escaped.
   */
  static String string(String value) {
    long singles = value.chars().filter(c -> c == '\'').count();
    long doubles = value.chars().filter(c -> c == '"').count();
    char quote = singles > doubles ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    value.codePoints().forEach(cp -> appendEscaped(out, cp, quote));
    return out.append(quote).toString();
  }

  private static void appendEscaped(StringBuilder out, int cp, char quote) {
    switch (cp) {
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (cp == quote) {
          out.append('\\').append(quote);
        } else if (cp < 0x20 || cp == 0x7f || cp == 0x2028 || cp == 0x2029) {
          out.append(String.format("\\u%04x", cp));
        } else {
          out.appendCodePoint(cp);
        }
      }
    }
  }

  /** Lines of a doc comment's text: {@code *}{@code /} broken, control characters dropped. */
  static List<String> commentLines(String text) {
    String safe = text.replace("*/", "*\\/").replace("\r\n", "\n").replace('\r', '\n');
    List<String> lines = new ArrayList<>();
    for (String line : safe.split("\n", -1)) {
      lines.add(stripControls(line).stripTrailing());
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    return lines;
  }

  private static String stripControls(String line) {
    StringBuilder out = new StringBuilder();
    line.codePoints()
        .filter(cp -> cp == '\t' || (cp >= 0x20 && cp != 0x7f && cp != 0x2028 && cp != 0x2029))
        .forEach(out::appendCodePoint);
    return out.toString().replace('\t', ' ');
  }

  /** A JSDoc block for {@code docs} at an indent, ending with a newline; empty without docs. */
  static String jsdoc(Docs docs, String indent) {
    return jsdoc(docs.text(), docs.deprecated(), indent);
  }

  static String jsdoc(Optional<String> text, boolean deprecated, String indent) {
    return jsdoc(text, Optional.empty(), deprecated, indent);
  }

  /** A method's doc, with a {@code @returns} tag where the return type alone does not say enough. */
  static String jsdoc(Optional<String> text, Optional<String> returns, boolean deprecated, String indent) {
    List<String> lines = new ArrayList<>(text.map(Markdown::fromHtml).map(TsText::commentLines).orElse(List.of()));
    List<String> tags = new ArrayList<>();
    returns.ifPresent(what -> tags.add("@returns " + what));
    if (deprecated) {
      tags.add("@deprecated");
    }
    if (!lines.isEmpty() && !tags.isEmpty()) {
      lines.add("");
    }
    lines.addAll(tags);
    return block(lines, indent);
  }

  static String block(List<String> lines, String indent) {
    if (lines.isEmpty()) {
      return "";
    }
    if (lines.size() == 1) {
      return indent + "/** " + lines.get(0) + " */\n";
    }
    StringBuilder out = new StringBuilder(indent).append("/**\n");
    for (String line : lines) {
      out.append(indent).append(line.isEmpty() ? " *" : " * " + line).append('\n');
    }
    return out.append(indent).append(" */\n").toString();
  }
}
