package dev.switchboard.java;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class JavadocTest {
  @Test
  void commentEndsAndTagsCannotEscape() {
    String escaped = Javadoc.escape("Ends here */ then @deprecated <b>bold</b> & {@link X} \\u0041");
    assertThat(escaped).doesNotContain("*/");
    assertThat(escaped).doesNotContain("@");
    assertThat(escaped).doesNotContain("<b>");
    assertThat(escaped).doesNotContain("{@");
    assertThat(escaped).doesNotContain("\\u");
    assertThat(escaped).isEqualTo("Ends here *&#47; then &#64;deprecated &lt;b&gt;bold&lt;/b&gt; &amp; "
        + "&#123;&#64;link X&#125; &#92;u0041");
  }

  @Test
  void paragraphsBecomeParagraphTags() {
    assertThat(Javadoc.escape("First.\r\n\r\nSecond line\nwraps.")).isEqualTo("First.\n\n<p>Second line\nwraps.");
  }

  @Test
  void nonAsciiIsKept() {
    assertThat(Javadoc.escape("Grüße 日本語 📞")).isEqualTo("Grüße 日本語 📞");
  }
}
