package dev.switchboard.core.text;

import dev.switchboard.core.text.DocTree.Block;
import dev.switchboard.core.text.DocTree.Inline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HTML a description may carry into a {@link DocTree}. Tolerant: unknown tags stay as
 * text, unclosed tags close at the end, stray end tags are ignored, and it never throws. Script
 * and style elements are dropped with their content; attributes other than {@code href} are
 * ignored, and links to anything but http, https, mailto or a relative URL keep only their text.
 */
public final class HtmlReader {
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
      "table", "thead", "tbody", "tfoot", "tr", "dl", "dt", "dd", "section", "article", "header", "footer", "hr");
  private static final Set<String> DROPPED = Set.of("script", "style", "template", "iframe", "noscript", "object");
  private static final Set<String> IGNORED = Set.of("span", "sup", "sub", "small", "u", "img", "td", "th", "font",
      "abbr", "cite", "caption", "colgroup", "col");
  private static final Set<String> CODE = Set.of("code", "tt", "kbd", "samp");
  private static final Set<String> STRONG = Set.of("strong", "b");
  private static final Set<String> EMPHASIS = Set.of("em", "i");
  private static final Set<String> OTHER = Set.of("a", "br", "ul", "ol", "li", "pre");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s[^<>]*)?)/?>");
  private static final Pattern HREF =
      Pattern.compile("(?i)(?:^|\\s)href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");

  private enum Kind { ROOT, LINK, CODE, STRONG, EMPHASIS }

  private record Frame(Kind kind, String href, List<Inline> children) {}

  private final List<Block> blocks = new ArrayList<>();
  private final Deque<List<List<Inline>>> lists = new ArrayDeque<>();
  private final Deque<Boolean> ordered = new ArrayDeque<>();
  private final Deque<Frame> frames = new ArrayDeque<>();
  private StringBuilder pre;

  private HtmlReader() {
    frames.push(new Frame(Kind.ROOT, null, new ArrayList<>()));
  }

  /** Whether {@code text} holds a tag this reader interprets, an HTML comment or an entity. */
  public static boolean hasMarkup(String text) {
    if (text.contains("<!--") || Entities.containsEntity(text)) {
      return true;
    }
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      if (known(tag.group(2).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean known(String name) {
    return BLOCKS.contains(name) || DROPPED.contains(name) || IGNORED.contains(name) || CODE.contains(name)
        || STRONG.contains(name) || EMPHASIS.contains(name) || OTHER.contains(name);
  }

  /** {@code text} unchanged when it has no HTML; otherwise its text without markup, blocks apart. */
  public static String plainText(String text) {
    if (!hasMarkup(text)) {
      return text;
    }
    List<String> blocks = new ArrayList<>();
    for (Block block : read(text)) {
      if (block instanceof DocTree.Paragraph paragraph) {
        blocks.add(DocTree.plain(paragraph.content()));
      } else if (block instanceof DocTree.ListBlock list) {
        list.items().forEach(item -> blocks.add(DocTree.plain(item)));
      } else {
        blocks.add(((DocTree.Preformatted) block).text());
      }
    }
    return String.join("\n\n", blocks);
  }

  /** The blocks of an HTML fragment. */
  public static List<Block> read(String html) {
    HtmlReader reader = new HtmlReader();
    reader.scan(html.replace("\r\n", "\n").replace('\r', '\n'));
    return List.copyOf(reader.finish());
  }

  private void scan(String html) {
    int at = 0;
    Matcher tag = TAG.matcher(html);
    while (at < html.length()) {
      int lt = html.indexOf('<', at);
      if (lt < 0) {
        text(html.substring(at));
        return;
      }
      if (html.startsWith("<!--", lt)) {
        text(html.substring(at, lt));
        int end = html.indexOf("-->", lt + 4);
        at = end < 0 ? html.length() : end + 3;
        continue;
      }
      tag.region(lt, html.length());
      String name = tag.lookingAt() ? tag.group(2).toLowerCase(Locale.ROOT) : null;
      if (name == null || !known(name)) {
        text(html.substring(at, lt + 1));
        at = lt + 1;
        continue;
      }
      text(html.substring(at, lt));
      at = tag.end();
      boolean end = !tag.group(1).isEmpty();
      if (!end && DROPPED.contains(name)) {
        at = skipElement(html, name, at);
      } else if (pre != null && !name.equals("pre")) {
        continue; // preformatted text keeps only its text
      } else if (end) {
        end(name);
      } else {
        start(name, tag.group(3));
      }
    }
  }

  /** The index after the end tag of a dropped element, or the end of the text. */
  private static int skipElement(String html, String name, int from) {
    Matcher close = Pattern.compile("</" + name + "\\s*>", Pattern.CASE_INSENSITIVE).matcher(html);
    return close.find(from) ? close.end() : html.length();
  }

  private void text(String raw) {
    if (raw.isEmpty()) {
      return;
    }
    if (pre != null) {
      pre.append(Entities.decode(raw));
      return;
    }
    String[] pieces = BLANK_LINE.split(raw, -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        flush();
      }
      if (!pieces[i].isEmpty()) {
        frames.peek().children().add(new DocTree.Text(Entities.decode(pieces[i])));
      }
    }
  }

  private void start(String name, String attributes) {
    if (BLOCKS.contains(name) || name.equals("li")) {
      flush();
    } else if (name.equals("ul") || name.equals("ol")) {
      flush();
      lists.push(new ArrayList<>());
      ordered.push(name.equals("ol"));
    } else if (name.equals("pre")) {
      flush();
      pre = new StringBuilder();
    } else if (name.equals("br")) {
      frames.peek().children().add(new DocTree.Break());
    } else if (name.equals("a")) {
      frames.push(new Frame(Kind.LINK, safeHref(attributes), new ArrayList<>()));
    } else if (CODE.contains(name)) {
      frames.push(new Frame(Kind.CODE, null, new ArrayList<>()));
    } else if (STRONG.contains(name)) {
      frames.push(new Frame(Kind.STRONG, null, new ArrayList<>()));
    } else if (EMPHASIS.contains(name)) {
      frames.push(new Frame(Kind.EMPHASIS, null, new ArrayList<>()));
    } else if (name.equals("td") || name.equals("th")) {
      frames.peek().children().add(new DocTree.Text(" "));
    }
  }

  private void end(String name) {
    if (BLOCKS.contains(name) || name.equals("li")) {
      flush();
    } else if (name.equals("ul") || name.equals("ol")) {
      flush();
      closeList();
    } else if (name.equals("pre")) {
      closePre();
    } else if (name.equals("a")) {
      close(Kind.LINK);
    } else if (CODE.contains(name)) {
      close(Kind.CODE);
    } else if (STRONG.contains(name)) {
      close(Kind.STRONG);
    } else if (EMPHASIS.contains(name)) {
      close(Kind.EMPHASIS);
    }
  }

  /** Closes the innermost open frame of {@code kind} and those opened inside it; none open: ignored. */
  private void close(Kind kind) {
    if (frames.stream().noneMatch(f -> f.kind() == kind)) {
      return;
    }
    Frame frame;
    do {
      frame = frames.pop();
      fold(frame);
    } while (frame.kind() != kind);
  }

  private void fold(Frame frame) {
    List<Inline> into = frames.peek().children();
    List<Inline> children = frame.children();
    switch (frame.kind()) {
      case LINK -> {
        if (frame.href() == null) {
          into.addAll(children);
        } else if (!DocTree.plain(children).isBlank()) {
          into.add(new DocTree.Link(frame.href(), children));
        }
      }
      case CODE -> {
        String code = DocTree.plain(children);
        into.add(code.isBlank() ? new DocTree.Text(code) : new DocTree.Code(code));
      }
      case STRONG -> into.add(DocTree.plain(children).isBlank() ? new DocTree.Text(DocTree.plain(children))
          : new DocTree.Strong(children));
      case EMPHASIS -> into.add(DocTree.plain(children).isBlank() ? new DocTree.Text(DocTree.plain(children))
          : new DocTree.Emphasis(children));
      default -> into.addAll(children);
    }
  }

  /** Ends the current paragraph or list item. */
  private void flush() {
    while (frames.size() > 1) {
      fold(frames.pop());
    }
    List<Inline> content = trim(frames.peek().children());
    frames.peek().children().clear();
    if (content.isEmpty()) {
      return;
    }
    if (lists.isEmpty()) {
      blocks.add(new DocTree.Paragraph(content));
    } else {
      lists.peek().add(content);
    }
  }

  /** A nested list's items join the list around it. */
  private void closeList() {
    if (lists.isEmpty()) {
      return;
    }
    List<List<Inline>> items = lists.pop();
    boolean isOrdered = ordered.pop();
    if (!lists.isEmpty()) {
      lists.peek().addAll(items);
    } else if (!items.isEmpty()) {
      blocks.add(new DocTree.ListBlock(isOrdered, items));
    }
  }

  private void closePre() {
    if (pre == null) {
      return;
    }
    String text = pre.toString().replaceFirst("^\\n", "").stripTrailing();
    pre = null;
    if (!text.isBlank()) {
      blocks.add(new DocTree.Preformatted(text));
    }
  }

  private List<Block> finish() {
    closePre();
    flush();
    while (!lists.isEmpty()) {
      closeList();
    }
    return blocks;
  }

  /** Inline content without leading and trailing whitespace; empty when it is only whitespace. */
  private static List<Inline> trim(List<Inline> content) {
    if (DocTree.plain(content).isBlank() && content.stream().allMatch(i -> i instanceof DocTree.Text
        || i instanceof DocTree.Break)) {
      return List.of();
    }
    List<Inline> out = new ArrayList<>(content);
    while (!out.isEmpty() && out.get(0) instanceof DocTree.Text t && t.text().isBlank()
        || !out.isEmpty() && out.get(0) instanceof DocTree.Break) {
      out.remove(0);
    }
    while (!out.isEmpty() && (out.get(out.size() - 1) instanceof DocTree.Text t && t.text().isBlank()
        || out.get(out.size() - 1) instanceof DocTree.Break)) {
      out.remove(out.size() - 1);
    }
    if (!out.isEmpty() && out.get(0) instanceof DocTree.Text first) {
      out.set(0, new DocTree.Text(first.text().stripLeading()));
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof DocTree.Text last) {
      out.set(out.size() - 1, new DocTree.Text(last.text().stripTrailing()));
    }
    return out;
  }

  /** The link's URL when it is http, https, mailto or relative; null otherwise (the text stays). */
  static String safeHref(String attributes) {
    Matcher href = HREF.matcher(attributes);
    if (!href.find()) {
      return null;
    }
    String raw = href.group(1) != null ? href.group(1) : href.group(2) != null ? href.group(2) : href.group(3);
    String url = Entities.decode(raw).strip();
    if (url.isEmpty() || url.codePoints().anyMatch(cp -> cp < 0x20 || cp == 0x7f || Character.isWhitespace(cp))) {
      return null;
    }
    int colon = url.indexOf(':');
    int firstDelimiter = firstIndexOf(url, "/?#");
    if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon)) {
      return url;
    }
    String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") ? url : null;
  }

  private static int firstIndexOf(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
