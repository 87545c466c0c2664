package dev.switchboard.python;

import java.util.List;

/**
 * Lays out bracketed code the way ruff's formatter keeps it: on one line when it fits, otherwise
 * one item per line with a trailing comma (which the formatter then leaves exploded).
 */
public final class PyCode {
  /** The generated package's configured line length. */
  public static final int LINE_LENGTH = 120;

  private PyCode() {}

  /**
   * {@code open} + items + {@code close} for code starting at column {@code indent}, followed on the
   * same line by {@code trailer} characters. Items are already laid out for {@code indent + 4}.
   */
  public static String wrap(int indent, String open, List<String> items, String close, int trailer) {
    String line = open + String.join(", ", items) + close;
    if (items.isEmpty() || (!line.contains("\n") && indent + width(line) + trailer <= LINE_LENGTH)) {
      return line;
    }
    String pad = " ".repeat(indent + 4);
    StringBuilder out = new StringBuilder(open).append('\n');
    for (String item : items) {
      out.append(pad).append(item).append(",\n");
    }
    return out.append(" ".repeat(indent)).append(close).toString();
  }

  /** A tuple: {@code (a,)} for one item, otherwise like {@link #wrap}. */
  public static String tuple(int indent, List<String> items, int trailer) {
    if (items.size() == 1 && !items.get(0).contains("\n")) {
      String line = "(" + items.get(0) + ",)";
      if (indent + width(line) + trailer <= LINE_LENGTH) {
        return line;
      }
    }
    return items.size() == 1 ? explode(indent, "(", items, ")") : wrap(indent, "(", items, ")", trailer);
  }

  /** Always one item per line with a trailing comma, even when it would fit. */
  public static String explode(int indent, String open, List<String> items, String close) {
    if (items.isEmpty()) {
      return open + close;
    }
    String pad = " ".repeat(indent + 4);
    StringBuilder out = new StringBuilder(open).append('\n');
    for (String item : items) {
      out.append(pad).append(item).append(",\n");
    }
    return out.append(" ".repeat(indent)).append(close).toString();
  }

  /** {@code class name(bases):}, split as ruff splits it when too long. */
  public static String classHeader(String name, List<String> bases) {
    String flat = "class " + name + "(" + String.join(", ", bases) + "):";
    if (width(flat) <= LINE_LENGTH) {
      return flat;
    }
    if (bases.size() == 1) {
      return "class " + name + "(\n    " + bases.get(0) + "\n):";
    }
    return explode(0, "class " + name + "(", bases, "):");
  }

  /** A call with its arguments, split as ruff would: one argument hugs, several get one line each. */
  public static String call(int indent, String open, List<String> arguments, String close) {
    String flat = open + String.join(", ", arguments) + close;
    if (indent + width(flat) <= LINE_LENGTH || arguments.isEmpty()) {
      return flat;
    }
    if (arguments.size() == 1 && !arguments.get(0).contains("\n")
        && indent + 4 + width(arguments.get(0)) <= LINE_LENGTH) {
      return open + "\n" + " ".repeat(indent + 4) + arguments.get(0) + "\n" + " ".repeat(indent) + close;
    }
    return wrap(indent, open, arguments, close, 0);
  }

  /** Display width, counting every non-ASCII character as two columns (never less than ruff counts). */
  public static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += cp < 128 ? 1 : 2;
      i += Character.charCount(cp);
    }
    return width;
  }

  /** Indents every line but the first by {@code spaces}. */
  public static String indentRest(String text, int spaces) {
    return text.replace("\n", "\n" + " ".repeat(spaces)).replaceAll("\n +\n", "\n\n");
  }
}
