package dev.switchboard.core.naming;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void splitsEveryCasing() {
    assertThat(Words.split("snake_case")).containsExactly("snake", "case").inOrder();
    assertThat(Words.split("camelCase")).containsExactly("camel", "case").inOrder();
    assertThat(Words.split("PascalCase")).containsExactly("pascal", "case").inOrder();
    assertThat(Words.split("SCREAMING_CASE")).containsExactly("screaming", "case").inOrder();
    assertThat(Words.split("kebab-case")).containsExactly("kebab", "case").inOrder();
    assertThat(Words.split("with space")).containsExactly("with", "space").inOrder();
  }

  @Test
  void keepsAcronymsAndDigitsTogether() {
    assertThat(Words.split("HTTPServer")).containsExactly("http", "server").inOrder();
    assertThat(Words.split("getV2Api")).containsExactly("get", "v2", "api").inOrder();
    assertThat(Words.split("2fa_enabled")).containsExactly("2fa", "enabled").inOrder();
    assertThat(Words.split("Api20100401Account")).containsExactly("api20100401", "account").inOrder();
    assertThat(Words.split("int64")).containsExactly("int64");
  }

  @Test
  void keepsCamelCaseBrandsWhole() {
    assertThat(Words.split("GitHub")).containsExactly("github");
    assertThat(Words.split("GitHubApp")).containsExactly("github", "app").inOrder();
    assertThat(Words.split("myGitHub")).containsExactly("my", "github").inOrder();
    assertThat(Words.split("PayPal_order")).containsExactly("paypal", "order").inOrder();
    assertThat(Words.split("eBay")).containsExactly("ebay");
    // Only where the brand stands alone: these are other words.
    assertThat(Words.split("theBayArea")).containsExactly("the", "bay", "area").inOrder();
    assertThat(Words.split("OAuthorize")).containsExactly("o", "authorize").inOrder();
    assertThat(Words.split("git_hub")).containsExactly("git", "hub").inOrder();
  }

  @Test
  void dropsPunctuationAndFoldsAccents() {
    assertThat(Words.split("DateSent>")).containsExactly("date", "sent").inOrder();
    assertThat(Words.split("@id")).containsExactly("id");
    assertThat(Words.split("$schema")).containsExactly("schema");
    assertThat(Words.split("ünïcödé")).containsExactly("unicode");
    assertThat(Words.split("Grüße")).containsExactly("grusse");
    assertThat(Words.split("a/../b")).containsExactly("a", "b").inOrder();
  }

  @Test
  void spellsNamesWithoutLettersAndKeepsSigns() {
    assertThat(Words.split("+1")).containsExactly("plus", "1").inOrder();
    assertThat(Words.split("-1")).containsExactly("minus", "1").inOrder();
    assertThat(Words.split("reactions-+1")).containsExactly("reactions", "plus", "1").inOrder();
    assertThat(Words.split("reactions--1")).containsExactly("reactions", "minus", "1").inOrder();
    assertThat(Words.split("page-2")).containsExactly("page", "2").inOrder();
    assertThat(Words.split("*")).containsExactly("star");
    assertThat(Words.split("")).containsExactly("empty");
  }

  @Test
  void encodesLettersOutsideAscii() {
    assertThat(Words.split("日本")).containsExactly("u65e5", "u672c").inOrder();
  }
}
