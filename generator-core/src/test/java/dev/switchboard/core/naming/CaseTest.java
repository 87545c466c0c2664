package dev.switchboard.core.naming;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseTest {
  private static final List<String> WORDS = List.of("create", "call", "request");

  @Test
  void joinsWords() {
    assertThat(Case.pascal(WORDS)).isEqualTo("CreateCallRequest");
    assertThat(Case.camel(WORDS)).isEqualTo("createCallRequest");
    assertThat(Case.snake(WORDS)).isEqualTo("create_call_request");
    assertThat(Case.screamingSnake(WORDS)).isEqualTo("CREATE_CALL_REQUEST");
    assertThat(Case.kebab(WORDS)).isEqualTo("create-call-request");
  }

  @Test
  void separatesAdjacentDigitRuns() {
    assertThat(Case.pascal(List.of("v1", "2"))).isEqualTo("V1_2");
    assertThat(Case.camel(List.of("user", "profile", "2"))).isEqualTo("userProfile2");
  }

  @Test
  void identifiersHelpers() {
    assertThat(Identifiers.leadingDigit("2faEnabled", "_")).isEqualTo("_2faEnabled");
    assertThat(Identifiers.leadingDigit("enabled", "_")).isEqualTo("enabled");
    assertThat(Identifiers.unreserved("class", java.util.Set.of("class"), "_")).isEqualTo("class_");
  }
}
