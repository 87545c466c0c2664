package dev.switchboard.golang;

import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.text.HtmlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Go string literals and doc comments made safe from any text a spec holds. */
final class GoText {
  private GoText() {}

  /**
   * A paragraph gofmt may turn into a heading ({@code # Approve a Challenge}): one line starting with
   * a capital letter, ending with a letter or digit, without the punctuation go/doc/comment rules
   * out. A period keeps it prose.
   */
  private static final Pattern HEADING_LIKE = Pattern.compile("\\p{Lu}[^;:!?+*/=\\[\\]{}_^°&§~%#@<\">\\\\]*[\\p{L}\\p{N}]");

  /**
   * go/printer keeps a function on one line while its header's size and its body's come to at most
   * this; it measures the header from one column before {@code func}.
   */
  private static final int ONE_LINE_FUNCTION = 100;

  /**
   * A method of {@code receiver} without parameters, results or statements: {@code {}} on its line
   * where gofmt keeps it there, else an empty body on two lines, which gofmt never joins.
   */
  static String emptyMethod(String receiver, String name) {
    String header = "func (" + receiver + ") " + name + "()";
    return header + (header.length() + 1 <= ONE_LINE_FUNCTION ? " {}" : " {\n}");
  }

  /** A Go interpreted string literal with its quotes. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    value.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.FORMAT) {
            out.append(c > 0xffff ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.append('"').toString();
  }

  /** Go string literals joined by commas: {@code "a", "b"}. */
  static String quoteAll(List<String> values) {
    return String.join(", ", values.stream().map(GoText::quote).toList());
  }

  /**
   * The lines of a doc comment, each with its {@code //}: {@code first} (which names the
   * identifier), then each paragraph of the spec's text folded to one line, then a Deprecated
   * paragraph when asked.
   */
  static List<String> comment(String first, Optional<String> text, boolean deprecated) {
    List<String> lines = new ArrayList<>();
    lines.add("// " + fold(first));
    text.map(HtmlReader::plainText).ifPresent(plain -> {
      for (String paragraph : plain.split("\\n\\s*\\n")) {
        String folded = fold(paragraph);
        if (!folded.isEmpty()) {
          lines.add("//");
          lines.add("// " + (HEADING_LIKE.matcher(folded).matches() ? folded + "." : folded));
        }
      }
    });
    if (deprecated) {
      lines.add("//");
      lines.add("// Deprecated: the API marks this as deprecated.");
    }
    return lines;
  }

  static List<String> comment(String first, Docs docs) {
    return comment(first, docs.text(), docs.deprecated());
  }

  /**
   * One line of comment text: whitespace folded (no line is indented, so gofmt never reads one as
   * code or a list), control and invisible line-breaking characters dropped.
   */
  static String fold(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        out.append(' ');
      } else if (!Character.isISOControl(c) && c != 0x2028 && c != 0x2029 && c != 0xfeff && c != 0x200b) {
        out.appendCodePoint(c);
      }
    });
    // gofmt prints `` and '' in doc comments as the quotation marks they stand for.
    return out.toString().trim().replaceAll(" +", " ").replace("``", "\u201c").replace("''", "\u201d");
  }
}
