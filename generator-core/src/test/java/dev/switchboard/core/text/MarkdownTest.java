package dev.switchboard.core.text;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.text.DocTree.Code;
import dev.switchboard.core.text.DocTree.Link;
import dev.switchboard.core.text.DocTree.Paragraph;
import dev.switchboard.core.text.DocTree.Text;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void lineEscapesInlineMarkupAndLeadingBlockMarkers() {
    assertThat(Markdown.line("Use `code` *now* <b> | $x & [link](u)\n  next"))
        .isEqualTo("Use \\`code\\` \\*now\\* \\<b\\> \\| \\$x \\& \\[link\\](u) next");
    assertThat(Markdown.line("# not a heading")).isEqualTo("\\# not a heading");
    assertThat(Markdown.line("- not a list")).isEqualTo("\\- not a list");
    assertThat(Markdown.line("12. not a list")).isEqualTo("12\\. not a list");
    assertThat(Markdown.line("1) nor this, 2. here")).isEqualTo("1\\) nor this, 2. here");
    assertThat(Markdown.line("a\u200bb\tc")).isEqualTo("a b c");
    assertThat(Markdown.line("line\u2028 separator, NUL\u0000 \t end")).isEqualTo("line separator, NUL end");
  }

  @Test
  void textWithoutHtmlIsKeptAsWritten() {
    String markdown = "Lists `repos`.\n\n    indented code\n\n* item <owner>/<repo>";
    assertThat(Markdown.fromHtml(markdown)).isEqualTo(markdown);
    assertThat(HtmlReader.hasMarkup("Map<String, List<Integer>> and a < b > c")).isFalse();
  }

  @Test
  void paragraphsBecomeBlankLineSeparated() {
    assertThat(Markdown.fromHtml("<p>One\nline.</p><p>Two.</p>\n<p></p>")).isEqualTo("One\nline.\n\nTwo.");
  }

  @Test
  void linksCodeAndEmphasis() {
    String html = "<p>Use <code>expand[]</code> with <a href=\"https://stripe.com/docs/api#expand\" "
        + "class=\"x\" onclick=\"evil()\">expanding <strong>responses</strong></a> and <em>care</em>.</p>";
    assertThat(Markdown.fromHtml(html)).isEqualTo(
        "Use `expand[]` with [expanding **responses**](https://stripe.com/docs/api#expand) and *care*.");
  }

  @Test
  void codeWithBackticksGetsALongerFence() {
    assertThat(Markdown.fromHtml("<code>a`b</code>")).isEqualTo("``a`b``");
    assertThat(Markdown.fromHtml("<code>`x</code>")).isEqualTo("`` `x ``");
  }

  @Test
  void listsAndNestedLists() {
    String html = "<p>Either:</p><ul><li>one</li><li>two<ul><li>two a</li></ul></li></ul><ol><li>first<li>second</ol>";
    assertThat(Markdown.fromHtml(html)).isEqualTo("Either:\n\n- one\n- two\n- two a\n\n1. first\n2. second");
  }

  @Test
  void unclosedAndStrayTagsAreTolerated() {
    assertThat(Markdown.fromHtml("<p>Open <strong>bold <em>both")).isEqualTo("Open **bold *both***");
    assertThat(Markdown.fromHtml("</em>Stray</a> end</p></ul>")).isEqualTo("Stray end");
    assertThat(Markdown.fromHtml("<p>a <b>x</i> y</b></p>")).isEqualTo("a **x y**");
    assertThat(Markdown.fromHtml("<p>broken <a href=\"x\" tag")).isEqualTo("broken <a href=\"x\" tag");
  }

  @Test
  void entitiesAreDecoded() {
    assertThat(Markdown.fromHtml("Fish &amp; chips &lt;b&gt; &#8212; &#x41; &bogus; &#0;"))
        .isEqualTo("Fish & chips <b> \u2014 A &bogus; &#0;");
  }

  @Test
  void scriptStyleAndCommentsAreDropped() {
    assertThat(Markdown.fromHtml("<p>Safe<script>alert('x')</script> text<style>p{}</style><!-- note --></p>"))
        .isEqualTo("Safe text");
    assertThat(Markdown.fromHtml("before<script>never closed")).isEqualTo("before");
  }

  @Test
  void unsafeUrlsKeepOnlyTheirText() {
    assertThat(Markdown.fromHtml("<a href=\"javascript:alert(1)\">click</a>")).isEqualTo("click");
    assertThat(Markdown.fromHtml("<a href=\" JavaScript:x\">a</a> <a href='data:text/html,x'>b</a>"))
        .isEqualTo("a b");
    assertThat(Markdown.fromHtml("<a href=\"/docs/api (v1)\">rel</a>")).isEqualTo("rel");
    assertThat(Markdown.fromHtml("<a href=\"/docs/api(v1)\">rel</a>")).isEqualTo("[rel](/docs/api%28v1%29)");
    assertThat(Markdown.fromHtml("<a>no href</a> <a href=\"mailto:a@b.c\">mail</a>"))
        .isEqualTo("no href [mail](mailto:a@b.c)");
  }

  @Test
  void preformattedTextBecomesAFencedBlock() {
    assertThat(Markdown.fromHtml("<p>Example:</p><pre>\n{\"a\": <b>1</b>}\n</pre>"))
        .isEqualTo("Example:\n\n```\n{\"a\": 1}\n```");
  }

  @Test
  void lineBreaksAndTheTree() {
    assertThat(Markdown.fromHtml("one<br>two<br/>")).isEqualTo("one\ntwo");
    assertThat(HtmlReader.read("<p>See <code>id</code> at <a href=\"https://x.test\">x</a></p>")).containsExactly(
        new Paragraph(List.of(new Text("See "), new Code("id"), new Text(" at "),
            new Link("https://x.test", List.of(new Text("x"))))));
  }

  @Test
  void anyMixOfTagFragmentsIsReadWithoutFailing() {
    String[] pieces = {"<p>", "</p>", "<a href=\"https://x.test\">", "<a href='javascript:x'>", "</a>", "<code>",
        "</code>", "<ul>", "<li>", "</li>", "</ul>", "<ol>", "</ol>", "<pre>", "</pre>", "<script>", "</script>",
        "<strong>", "</em>", "<br>", "&amp;", "&#x;", "&#99999999;", "<", ">", "&", "`", "\n\n", " text ", "<!--",
        "-->", "<a href=\"", "*/"};
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      StringBuilder html = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      String markdown = Markdown.fromHtml(html.toString());
      assertThat(markdown).doesNotContain("javascript:");
      assertThat(markdown).doesNotContain("<script>");
      assertThat(HtmlReader.plainText(html.toString())).doesNotContain("<script>");
    }
  }
}
