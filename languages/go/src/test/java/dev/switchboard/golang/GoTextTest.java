package dev.switchboard.golang;

import static com.google.common.truth.Truth.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoTextTest {
  @Test
  void stringLiteralsEscapeQuotesControlAndFormatCharacters() {
    assertThat(GoText.quote("a\"b\\c\nd")).isEqualTo("\"a\\\"b\\\\c\\nd\"");
    assertThat(GoText.quote("x\u0000y")).isEqualTo("\"x\\u0000y\"");
    assertThat(GoText.quote("\u202e")).isEqualTo("\"\\u202e\"");
    assertThat(GoText.quote("\uDB40\uDC01")).isEqualTo("\"\\U000e0001\"");
    assertThat(GoText.quote("Grüße 📞")).isEqualTo("\"Grüße 📞\"");
  }

  @Test
  void commentsFoldEachParagraphToOneUnindentedLine() {
    assertThat(GoText.comment("X is x.", Optional.of("First   line\n  still first.\n\n    Second."), false))
        .containsExactly("// X is x.", "//", "// First line still first.", "//", "// Second.").inOrder();
  }

  @Test
  void aParagraphGofmtWouldMakeAHeadingEndsWithAPeriod() {
    assertThat(GoText.comment("X is x.", Optional.of("Approve a Challenge\n\nMore text."), false))
        .contains("// Approve a Challenge.");
    assertThat(GoText.comment("X is x.", Optional.of("List GitHub-hosted runners\n\nMore."), false))
        .contains("// List GitHub-hosted runners.");
    assertThat(GoText.comment("X is x.", Optional.of("Returns the list: a, b\n\nMore."), false))
        .contains("// Returns the list: a, b");
  }

  @Test
  void deprecatedAddsGosMarkerParagraph() {
    assertThat(GoText.comment("X is x.", Optional.empty(), true))
        .containsExactly("// X is x.", "//", "// Deprecated: the API marks this as deprecated.").inOrder();
  }

  @Test
  void doubledQuotesAreWrittenAsGofmtPrintsThem() {
    assertThat(GoText.fold("a ''' b `` c")).isEqualTo("a \u201d' b \u201c c");
  }

  @Test
  void lineBreakingAndControlCharactersNeverReachAComment() {
    assertThat(GoText.fold("a\u2028b\u0007c")).isEqualTo("a bc");
  }

  @Test
  void anEmptyMethodIsOneLineOnlyWhereGofmtKeepsItSo() {
    assertThat(GoText.emptyMethod("Circle", "isShape")).isEqualTo("func (Circle) isShape() {}");
    // gofmt keeps a 99-character header with its body on one line, and breaks a 100-character one.
    String receiver = "C".repeat(99 - "func () isShape()".length());
    assertThat(GoText.emptyMethod(receiver, "isShape")).endsWith("() {}");
    assertThat(GoText.emptyMethod(receiver + "C", "isShape")).endsWith("() {\n}");
  }

  @Test
  void aMarkerOfGitHubLengthNamesHasItsBodyOnTwoLines() {
    String union = "ReposCreateOrUpdateEnvironmentRequestDeploymentBranchPolicy";
    String marker = GoText.emptyMethod(union + "CustomBranchPolicies", "is" + union);
    assertThat(marker.length()).isGreaterThan(100);
    assertThat(marker).isEqualTo("func (" + union + "CustomBranchPolicies) is" + union + "() {\n}");
  }
}
