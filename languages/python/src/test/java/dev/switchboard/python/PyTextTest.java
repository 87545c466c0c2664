package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PyTextTest {
  @Test
  void literalsUseDoubleQuotesUnlessSingleQuotesAvoidEscapes() {
    assertThat(PyText.literal("plain")).isEqualTo("\"plain\"");
    assertThat(PyText.literal("a\"b")).isEqualTo("'a\"b'");
    assertThat(PyText.literal("a\"b'c")).isEqualTo("\"a\\\"b'c\"");
    assertThat(PyText.literal("c:\\path\n")).isEqualTo("\"c:\\\\path\\n\"");
    assertThat(PyText.literal("nul\0 sep\u2028 ü 📞")).isEqualTo("\"nul\\x00 sep\\u2028 ü 📞\"");
  }

  @Test
  void oneLineDocstring() {
    assertThat(PyText.docstring(Optional.of("  Fetch one account.  "), 4)).hasValue("\"\"\"Fetch one account.\"\"\"");
  }

  @Test
  void docstringsCannotBeClosedEarly() {
    assertThat(PyText.docstring(Optional.of("Ends \"\"\" here and ''' there"), 0))
        .hasValue("\"\"\"Ends \\\"\\\"\\\" here and ''' there\"\"\"");
    assertThat(PyText.docstring(Optional.of("\"quoted\""), 0)).hasValue("\"\"\"\\\"quoted\\\"\"\"\"");
    assertThat(PyText.docstring(Optional.of("back\\slash\\"), 0)).hasValue("\"\"\"back\\\\slash\\\\\"\"\"");
  }

  @Test
  void multiLineDocstringsAreIndentedAndTrimmed() {
    String text = "Summary line.\r\n\r\n\tIndented detail   \n\n  second\u0000line\n\n";
    assertThat(PyText.docstring(Optional.of(text), 4)).hasValue(
        "\"\"\"Summary line.\n"
            + "\n"
            + "      Indented detail\n"
            + "\n"
            + "    second\\x00line\n"
            + "    \"\"\"");
  }

  @Test
  void emptyDocumentationGivesNoDocstring() {
    assertThat(PyText.docstring(Optional.of(" \n\t "), 4)).isEmpty();
    assertThat(PyText.docstring(Optional.empty(), 4)).isEmpty();
  }

  @Test
  void tomlStringsEscapeQuotesAndControls() {
    assertThat(PyText.toml("say \"hi\" \\ \t")).isEqualTo("\"say \\\"hi\\\" \\\\ \\u0009\"");
  }
}
