package dev.switchboard.java;

import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.text.DocTree;
import dev.switchboard.core.text.HtmlReader;
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

  /**
   * A description as Javadoc: its HTML (paragraphs, links, code, lists) rewritten as well-formed
   * Javadoc HTML, everything else escaped as {@link #escape} does.
   */
  static String prose(String text) {
    if (!HtmlReader.hasMarkup(text)) {
      return escape(text);
    }
    StringBuilder out = new StringBuilder();
    boolean afterBlock = false;
    for (DocTree.Block block : HtmlReader.read(text)) {
      if (block instanceof DocTree.Paragraph paragraph) {
        String rendered = inline(paragraph.content()).strip();
        out.append(out.isEmpty() ? "" : afterBlock ? "\n<p>" : "\n\n<p>").append(rendered);
        afterBlock = false;
      } else {
        out.append(out.isEmpty() ? "" : "\n").append(block(block));
        afterBlock = true;
      }
    }
    return out.toString();
  }

  private static String block(DocTree.Block block) {
    if (block instanceof DocTree.ListBlock list) {
      String tag = list.ordered() ? "ol" : "ul";
      StringBuilder out = new StringBuilder("<").append(tag).append(">\n");
      for (List<DocTree.Inline> item : list.items()) {
        out.append("<li>").append(inline(item).strip()).append("</li>\n");
      }
      return out.append("</").append(tag).append('>').toString();
    }
    return "<pre>" + escapeLine(((DocTree.Preformatted) block).text()) + "</pre>";
  }

  private static String inline(List<DocTree.Inline> content) {
    StringBuilder out = new StringBuilder();
    for (DocTree.Inline inline : content) {
      if (inline instanceof DocTree.Text text) {
        out.append(escapeLine(text.text()));
      } else if (inline instanceof DocTree.Code code) {
        out.append("<code>").append(escapeLine(code.text())).append("</code>");
      } else if (inline instanceof DocTree.Link link) {
        out.append("<a href=\"").append(escapeLine(link.href()).replace("\"", "&quot;")).append("\">")
            .append(inline(link.content())).append("</a>");
      } else if (inline instanceof DocTree.Strong strong) {
        out.append("<strong>").append(inline(strong.content())).append("</strong>");
      } else if (inline instanceof DocTree.Emphasis emphasis) {
        out.append("<em>").append(inline(emphasis.content())).append("</em>");
      } else {
        out.append("<br>\n");
      }
    }
    return out.toString();
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
    return docs.text().map(Javadoc::prose).filter(s -> !s.isEmpty()).map(s -> s + "\n");
  }

  /** The docs' text, or the fallback sentence when the spec has none. */
  static String orElse(Docs docs, String fallback) {
    return of(docs).orElse(fallback + "\n");
  }
}
