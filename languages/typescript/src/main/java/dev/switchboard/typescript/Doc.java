package dev.switchboard.typescript;

import java.util.ArrayList;
import java.util.List;

/**
 * A layout document in the style of Wadler's pretty printer, the algorithm Prettier uses: groups
 * print on one line when they fit and break their lines otherwise. The generated code uses it for
 * the constructs whose layout depends on width, so that the output is already Prettier-formatted.
 */
sealed interface Doc {
  record Text(String text) implements Doc {}

  /** A line break, or {@code flat} when its group fits on one line. */
  record Line(String flat) implements Doc {}

  record Group(Doc content) implements Doc {}

  record Indent(Doc content) implements Doc {}

  record Concat(List<Doc> parts) implements Doc {}

  record IfBreak(Doc broken, Doc flat) implements Doc {}

  /**
   * Text after a colon that moves to the next line, indented, when the line is too long and the
   * text fits there; otherwise it stays (Prettier's layout for {@code T | null} annotations).
   */
  record NextLineIfFits(String text) implements Doc {}

  Doc LINE = new Line(" ");
  Doc SOFTLINE = new Line("");

  static Doc text(String text) {
    return new Text(text);
  }

  static Doc group(Doc... parts) {
    return new Group(concat(parts));
  }

  static Doc indent(Doc... parts) {
    return new Indent(concat(parts));
  }

  static Doc concat(Doc... parts) {
    return new Concat(List.of(parts));
  }

  static Doc ifBreak(String broken) {
    return new IfBreak(text(broken), text(""));
  }

  static Doc join(Doc separator, List<Doc> items) {
    List<Doc> parts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        parts.add(separator);
      }
      parts.add(items.get(i));
    }
    return new Concat(parts);
  }

  /** {@code open}, the items separated by commas, {@code close}; one item a line when broken. */
  static Doc list(String open, List<Doc> items, String close, boolean spaced) {
    return list(open, items, close, spaced, true);
  }

  /**
   * A list whose last item is a rest element ({@code ...rest}): broken, it takes no trailing comma,
   * which TypeScript refuses after a rest element (and Prettier leaves out).
   */
  static Doc listEndingInRest(String open, List<Doc> items, String close) {
    return list(open, items, close, true, false);
  }

  private static Doc list(String open, List<Doc> items, String close, boolean spaced, boolean trailingComma) {
    Doc line = spaced ? LINE : SOFTLINE;
    return group(
        text(open),
        indent(line, join(concat(text(","), LINE), items)),
        trailingComma ? ifBreak(",") : text(""),
        line,
        text(close));
  }
}
