package dev.switchboard.core.text;

import dev.switchboard.core.text.DocTree.Block;
import dev.switchboard.core.text.DocTree.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Descriptions as CommonMark. OpenAPI descriptions are CommonMark already, which admits raw HTML;
 * the HTML is turned into its Markdown equivalent and the text around it is kept as written.
 */
public final class Markdown {
  private Markdown() {}

  /** {@code text} unchanged when it has no HTML; otherwise its HTML rewritten as Markdown. */
  public static String fromHtml(String text) {
    return HtmlReader.hasMarkup(text) ? render(HtmlReader.read(text)) : text;
  }

  /**
   * Plain text as one line of Markdown prose that reads as written: whitespace folded, invisible
   * characters shown as spaces, characters that start inline markup or HTML backslash-escaped, and
   * a first character that would start a block (a heading, a list, a rule) escaped too.
   */
  public static String line(String text) {
    StringBuilder visible = new StringBuilder();
    text.codePoints().forEach(cp -> visible.appendCodePoint(invisible(cp) ? ' ' : cp));
    String folded = visible.toString().strip().replaceAll("\\s+", " ");
    StringBuilder out = new StringBuilder();
    folded.codePoints().forEach(cp -> {
      if (cp < 128 && "\\`*_[]<>|~$&".indexOf(cp) >= 0) {
        out.append('\\');
      }
      out.appendCodePoint(cp);
    });
    if (!out.isEmpty() && "#-+=".indexOf(out.charAt(0)) >= 0) {
      return "\\" + out;
    }
    // A number that starts an ordered list is escaped at its delimiter; a digit cannot be escaped.
    return out.toString().replaceFirst("^([0-9]+)([.)])", "$1\\\\$2");
  }

  private static boolean invisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
        || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
  }

  /** Blocks separated by blank lines. */
  public static String render(List<Block> blocks) {
    List<String> out = new ArrayList<>();
    for (Block block : blocks) {
      String rendered = block(block);
      if (!rendered.isBlank()) {
        out.add(rendered);
      }
    }
    return String.join("\n\n", out);
  }

  private static String block(Block block) {
    if (block instanceof DocTree.Paragraph paragraph) {
      return inline(paragraph.content()).strip();
    }
    if (block instanceof DocTree.ListBlock list) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        String marker = list.ordered() ? (i + 1) + ". " : "- ";
        String item = inline(list.items().get(i)).strip();
        items.add(marker + item.replace("\n", "\n" + " ".repeat(marker.length())));
      }
      return String.join("\n", items);
    }
    String text = ((DocTree.Preformatted) block).text();
    String fence = "`".repeat(Math.max(3, longestRun(text, '`') + 1));
    return fence + "\n" + text + "\n" + fence;
  }

  static String inline(List<Inline> content) {
    StringBuilder out = new StringBuilder();
    for (Inline inline : content) {
      if (inline instanceof DocTree.Text text) {
        out.append(text.text());
      } else if (inline instanceof DocTree.Code code) {
        out.append(codeSpan(code.text()));
      } else if (inline instanceof DocTree.Link link) {
        out.append('[').append(inline(link.content()).strip()).append("](").append(url(link.href())).append(')');
      } else if (inline instanceof DocTree.Strong strong) {
        out.append(wrap(inline(strong.content()), "**"));
      } else if (inline instanceof DocTree.Emphasis emphasis) {
        out.append(wrap(inline(emphasis.content()), "*"));
      } else {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** The delimiters go around the text; its surrounding whitespace stays outside them. */
  private static String wrap(String text, String delimiter) {
    String core = text.strip();
    if (core.isEmpty()) {
      return text;
    }
    int start = text.indexOf(core);
    return text.substring(0, start) + delimiter + core + delimiter + text.substring(start + core.length());
  }

  /** {@code code} as one code span, whose backtick fence is longer than any run of backticks in it. */
  public static String code(String code) {
    return codeSpan(code);
  }

  private static String codeSpan(String code) {
    String flat = code.replace('\n', ' ');
    String ticks = "`".repeat(longestRun(flat, '`') + 1);
    boolean pad = flat.startsWith("`") || flat.endsWith("`");
    return ticks + (pad ? " " + flat + " " : flat) + ticks;
  }

  /** Characters that would end the link destination or read as markup are percent-encoded. */
  private static String url(String href) {
    StringBuilder out = new StringBuilder();
    href.codePoints().forEach(cp -> {
      switch (cp) {
        case ' ' -> out.append("%20");
        case '(' -> out.append("%28");
        case ')' -> out.append("%29");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '`' -> out.append("%60");
        default -> out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  private static int longestRun(String text, char c) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == c ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return longest;
  }
}
