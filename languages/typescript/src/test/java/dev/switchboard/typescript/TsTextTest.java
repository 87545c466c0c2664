package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TsTextTest {
  @Test
  void commentsCannotBeClosedByTheirText() {
    String doc = TsText.jsdoc(Optional.of("ends */ here\nand `${x}` \\ \"\"\" '''"), false, "");
    assertThat(doc).isEqualTo("/**\n * ends *\\/ here\n * and `${x}` \\ \"\"\" '''\n */\n");
  }

  @Test
  void deprecationIsATag() {
    assertThat(TsText.jsdoc(Optional.of("Old."), true, "  ")).isEqualTo("  /**\n   * Old.\n   *\n   * @deprecated\n   */\n");
  }

  @Test
  void stringsUseTheQuoteNeedingFewerEscapes() {
    assertThat(TsText.string("a'b")).isEqualTo("\"a'b\"");
    assertThat(TsText.string("a\"b")).isEqualTo("'a\"b'");
    assertThat(TsText.string("line\nbreak\\ \u2028")).isEqualTo("'line\\nbreak\\\\ \\u2028'");
    assertThat(TsText.string("Grüße 📞")).isEqualTo("'Grüße 📞'");
  }

  @Test
  void commentLinesDropControlCharactersAndTrailingSpace() {
    assertThat(TsText.commentLines("\n a \u0007b  \r\nc\n\n")).isEqualTo(List.of(" a b", "c"));
  }
}
