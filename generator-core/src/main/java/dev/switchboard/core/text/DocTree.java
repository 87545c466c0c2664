package dev.switchboard.core.text;

import java.util.List;
import java.util.Objects;

/**
 * Documentation text as a small neutral tree, read from the HTML a description may carry; each
 * language prints it in its own doc format (Markdown, Javadoc HTML).
 */
public final class DocTree {
  private DocTree() {}

  /** A block: a paragraph, a list or preformatted text. */
  public sealed interface Block permits Paragraph, ListBlock, Preformatted {}

  /** Inline content: text, code, a link, emphasis or a line break. */
  public sealed interface Inline permits Text, Code, Link, Strong, Emphasis, Break {}

  public record Paragraph(List<Inline> content) implements Block {
    public Paragraph {
      content = List.copyOf(content);
    }
  }

  /** A bulleted or numbered list; each item is inline content (nested lists are flattened). */
  public record ListBlock(boolean ordered, List<List<Inline>> items) implements Block {
    public ListBlock {
      items = items.stream().map(List::copyOf).toList();
    }
  }

  public record Preformatted(String text) implements Block {
    public Preformatted {
      Objects.requireNonNull(text, "text == null");
    }
  }

  /** Text as the description wrote it between tags, entities decoded. */
  public record Text(String text) implements Inline {
    public Text {
      Objects.requireNonNull(text, "text == null");
    }
  }

  public record Code(String text) implements Inline {
    public Code {
      Objects.requireNonNull(text, "text == null");
    }
  }

  /** A link to a safe URL (http, https, mailto or relative); others are dropped by the reader. */
  public record Link(String href, List<Inline> content) implements Inline {
    public Link {
      Objects.requireNonNull(href, "href == null");
      content = List.copyOf(content);
    }
  }

  public record Strong(List<Inline> content) implements Inline {
    public Strong {
      content = List.copyOf(content);
    }
  }

  public record Emphasis(List<Inline> content) implements Inline {
    public Emphasis {
      content = List.copyOf(content);
    }
  }

  public record Break() implements Inline {}

  /** The plain text of inline content, markup removed. */
  public static String plain(List<Inline> content) {
    StringBuilder out = new StringBuilder();
    for (Inline inline : content) {
      if (inline instanceof Text text) {
        out.append(text.text());
      } else if (inline instanceof Code code) {
        out.append(code.text());
      } else if (inline instanceof Link link) {
        out.append(plain(link.content()));
      } else if (inline instanceof Strong strong) {
        out.append(plain(strong.content()));
      } else if (inline instanceof Emphasis emphasis) {
        out.append(plain(emphasis.content()));
      } else {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
