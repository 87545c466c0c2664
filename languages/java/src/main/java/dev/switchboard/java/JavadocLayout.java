package dev.switchboard.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out a Javadoc comment the way google-java-format does: words refilled to 100 columns,
 * paragraphs, lists and block tags on their own lines, {@code <pre>} kept as written, and a comment
 * of one short line written as {@code /** text *&#47;}.
 */
final class JavadocLayout {
  static final int WIDTH = 100;
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*>");
  private static final Pattern SIMPLE_TAG = Pattern.compile("<\\w+\\s*/?\\s*>");

  private enum Kind { WORD, CODE, SPACE, NEWLINE, FORCED_NEWLINE, FOOTER, P, LIST_OPEN, LIST_CLOSE, ITEM_OPEN, DROPPED,
    PRE_OPEN, PRE_CLOSE, BR, BLOCK_EDGE, HEADER_OPEN, HEADER_CLOSE }

  private record Token(Kind kind, String text) {}

  private enum Gap { NONE, SPACE, NEWLINE, BLANK }

  private final int indent;
  private final StringBuilder out = new StringBuilder();
  private Gap gap = Gap.NONE;
  private boolean wroteSomething;
  private boolean inFooter;
  private boolean inItem;
  private int items;
  private int lists;
  private int remaining;
  private boolean lineStart;

  private JavadocLayout(int indent) {
    this.indent = indent;
  }

  /** The comment's lines (from {@code /**} to {@code *&#47;}, without indentation) laid out at {@code indent}. */
  static String format(List<String> lines, int indent) {
    JavadocLayout layout = new JavadocLayout(indent);
    layout.render(tokens(body(lines)));
    return layout.singleLine();
  }

  private static String body(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (i == 0) {
        line = line.substring(3);
      }
      if (i == lines.size() - 1) {
        line = line.substring(0, line.length() - 2);
      }
      if (i > 0) {
        text.append('\n');
        if (line.startsWith("*")) {
          line = line.substring(1);
          if (line.startsWith(" ") || line.startsWith("\t")) {
            line = line.substring(1);
          }
        }
      }
      text.append(line);
    }
    return text.toString();
  }

  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int pre = 0;
    int braces = 0;
    boolean lineHasText = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == ' ' || c == '\t') && pre == 0)) {
        int end = i;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
          end++;
        }
        if (end < text.length() && text.charAt(end) == '\n' || c == '\n') {
          if (c != '\n') {
            i = end;
            continue;
          }
          flush(word, tokens);
          tokens.add(new Token(pre > 0 ? Kind.FORCED_NEWLINE : Kind.SPACE, "\n"));
          lineHasText = false;
          i++;
          continue;
        }
        flush(word, tokens);
        tokens.add(new Token(Kind.SPACE, " "));
        i = end;
        continue;
      }
      if (!lineHasText && c == '@' && pre == 0) {
        int end = i + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
          end++;
        }
        flush(word, tokens);
        tokens.add(new Token(Kind.FOOTER, text.substring(i, end)));
        lineHasText = true;
        i = end;
        continue;
      }
      lineHasText = true;
      if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '@') {
        braces++;
      } else if (c == '{' && braces > 0) {
        braces++;
      } else if (c == '}' && braces > 0) {
        braces--;
      } else if (c == '<' && braces == 0) {
        Matcher tag = TAG.matcher(text).region(i, text.length());
        if (tag.lookingAt()) {
          Kind kind = tagKind(tag.group(1).equals("/"), tag.group(2).toLowerCase(Locale.ROOT), pre > 0);
          if (kind == Kind.PRE_OPEN) {
            pre++;
          } else if (kind == Kind.PRE_CLOSE && pre > 0) {
            pre--;
          }
          if (kind != Kind.WORD) {
            flush(word, tokens);
            String value = tag.group();
            if (kind == Kind.P && SIMPLE_TAG.matcher(value).matches()) {
              value = "<p>";
            } else if (kind == Kind.BR && SIMPLE_TAG.matcher(value).matches()) {
              value = "<br>";
            }
            tokens.add(new Token(kind, value));
            i = tag.end();
            continue;
          }
        }
      }
      word.append(c);
      i++;
    }
    flush(word, tokens);
    return tokens;
  }

  private static Kind tagKind(boolean close, String name, boolean inPre) {
    if (name.equals("pre")) {
      return close ? Kind.PRE_CLOSE : Kind.PRE_OPEN;
    }
    if (inPre) {
      return Kind.WORD;
    }
    switch (name) {
      case "p":
        return close ? Kind.DROPPED : Kind.P;
      case "ul":
      case "ol":
      case "dl":
        return close ? Kind.LIST_CLOSE : Kind.LIST_OPEN;
      case "li":
      case "dt":
      case "dd":
        return close ? Kind.DROPPED : Kind.ITEM_OPEN;
      case "br":
        return close ? Kind.WORD : Kind.BR;
      case "code":
        return Kind.CODE;
      case "blockquote":
        return Kind.BLOCK_EDGE;
      default:
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
          return close ? Kind.HEADER_CLOSE : Kind.HEADER_OPEN;
        }
        return Kind.WORD;
    }
  }

  private static void flush(StringBuilder word, List<Token> tokens) {
    if (word.length() > 0) {
      tokens.add(new Token(Kind.WORD, word.toString()));
      word.setLength(0);
    }
  }

  private void render(List<Token> tokens) {
    out.append("/**");
    newline(true);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      switch (token.kind()) {
        case SPACE -> request(Gap.SPACE);
        case FORCED_NEWLINE -> newline(false);
        case WORD -> {
          // A word followed by whitespace and an @ word stays on its line: the @ must not start one.
          String text = token.text();
          while (i + 2 < tokens.size() && tokens.get(i + 1).kind() == Kind.SPACE
              && tokens.get(i + 2).kind() == Kind.WORD && tokens.get(i + 2).text().startsWith("@")) {
            text += " " + tokens.get(i + 2).text();
            i += 2;
          }
          write(text, false);
        }
        case CODE -> write(token.text(), false);
        case FOOTER -> footer(token.text());
        case P -> {
          if (wroteSomething) {
            request(Gap.BLANK);
            write(token.text(), true);
          }
        }
        case LIST_OPEN -> {
          request(Gap.BLANK);
          write(token.text(), false);
          inItem = false;
          lists++;
          request(Gap.NEWLINE);
        }
        case LIST_CLOSE -> {
          request(Gap.NEWLINE);
          if (items > 0) {
            items--;
          }
          if (lists > 0) {
            lists--;
          }
          write(token.text(), false);
          request(Gap.BLANK);
        }
        case ITEM_OPEN -> {
          request(Gap.NEWLINE);
          if (inItem && items > 0) {
            items--;
          }
          inItem = false;
          write(token.text(), false);
          inItem = true;
          items++;
        }
        case HEADER_OPEN -> {
          request(Gap.BLANK);
          write(token.text(), true);
        }
        case HEADER_CLOSE -> {
          write(token.text(), false);
          request(Gap.BLANK);
        }
        case BLOCK_EDGE -> {
          request(Gap.BLANK);
          write(token.text(), false);
          request(Gap.BLANK);
        }
        case PRE_OPEN -> write(token.text(), false);
        case PRE_CLOSE -> {
          write(token.text(), false);
          request(Gap.BLANK);
        }
        case BR -> {
          write(token.text(), false);
          request(Gap.NEWLINE);
        }
        case NEWLINE, DROPPED -> { }
        default -> throw new IllegalStateException(token.kind().name());
      }
    }
    out.append('\n').append(" ".repeat(indent + 1)).append("*/");
  }

  private void footer(String tag) {
    inItem = false;
    items = 0;
    lists = 0;
    if (!wroteSomething) {
      // nothing before the first tag
    } else if (!inFooter) {
      request(Gap.BLANK);
    } else {
      inFooter = false;
      request(Gap.NEWLINE);
    }
    write(tag, false);
    inFooter = true;
  }

  private void request(Gap wanted) {
    if (wanted.ordinal() > gap.ordinal()) {
      gap = wanted;
    }
  }

  private void write(String text, boolean pinned) {
    if (gap == Gap.BLANK && (items > 0 || inFooter)) {
      gap = Gap.NEWLINE;
    }
    if (gap == Gap.BLANK) {
      out.append('\n').append(" ".repeat(indent + 1)).append('*');
      newline(true);
      gap = Gap.NONE;
    } else if (gap == Gap.NEWLINE) {
      newline(true);
      gap = Gap.NONE;
    }
    boolean space = gap == Gap.SPACE;
    if (!lineStart && text.length() + (space ? 1 : 0) > remaining) {
      newline(true);
    }
    if (!lineStart && space) {
      out.append(' ');
      remaining--;
    }
    out.append(text);
    if (!pinned) {
      lineStart = false;
    }
    remaining -= text.length();
    gap = Gap.NONE;
    wroteSomething = true;
  }

  private void newline(boolean autoIndent) {
    out.append('\n').append(" ".repeat(indent + 1)).append("* ");
    remaining = WIDTH - indent - 3;
    if (autoIndent) {
      // An item's lines sit 2 columns in per open list, and its wrapped lines 4 further.
      int inner = items * 4 + lists * 2 + (inFooter ? 4 : 0);
      out.append(" ".repeat(inner));
      remaining -= inner;
    }
    lineStart = true;
  }

  /** Trailing spaces go; one line of text that fits becomes a one-line comment. */
  private String singleLine() {
    String[] lines = out.toString().split("\n", -1);
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      result.append(i == 0 ? "" : "\n").append(lines[i].stripTrailing());
    }
    String text = result.toString();
    String[] parts = text.split("\n");
    if (parts.length == 3) {
      String content = parts[1].strip();
      if (content.equals("*")) {
        return "/** */";
      }
      content = content.substring(2);
      if (content.length() <= WIDTH - 7 - indent && !content.startsWith("@")) {
        return "/** " + content + " */";
      }
    }
    return text;
  }
}
