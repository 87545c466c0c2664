package dev.switchboard.java;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** The layout pass writes what google-java-format would for the shapes generated code takes. */
class JavaLayoutTest {
  @Test
  void shortStatementsStayAsTheyAre() {
    String source = "package a;\n\nclass A {\n  void f() {\n    return g(1, 2);\n  }\n}\n";
    assertThat(JavaLayout.layout(source)).isEqualTo(source);
  }

  @Test
  void argumentsMoveToTheNextLineThenOnePerLine() {
    String args = "alphaValue, bravoValue, charlieValue, deltaValue, echoValue, foxtrotValue, golfValue";
    assertThat(JavaLayout.layout("class A {\n  void f() {\n    return Objects.hash(" + args + ");\n  }\n}\n"))
        .contains("    return Objects.hash(\n        " + args + ");\n");
    String longer = args + ", hotelValue, indiaValue";
    assertThat(JavaLayout.layout("class A {\n  void f() {\n    return Objects.hash(" + longer + ");\n  }\n}\n"))
        .contains("    return Objects.hash(\n        alphaValue,\n        bravoValue,\n");
  }

  @Test
  void initializersBreakAfterTheEqualsSignAndChainsBeforeTheirDots() {
    String source = "class A {\n  static final ResponseHandler<Account> FETCH = ResponseHandler.json(Account.class)\n"
        + "  .error(\"404\", ErrorModel.class)\n  .error(\"default\", ErrorModel.class);\n}\n";
    assertThat(JavaLayout.layout(source)).contains("  static final ResponseHandler<Account> FETCH =\n"
        + "      ResponseHandler.json(Account.class)\n"
        + "          .error(\"404\", ErrorModel.class)\n"
        + "          .error(\"default\", ErrorModel.class);\n");
  }

  @Test
  void emptyBodiesCloseOnTheirLine() {
    assertThat(JavaLayout.layout("class A {\n  private A() {\n  }\n}\n")).contains("  private A() {}\n");
  }

  @Test
  void javadocIsRefilledAndShortOnesTakeOneLine() {
    String words = "word ".repeat(30).strip();
    String laid = JavaLayout.layout("class A {\n  /**\n   * " + words + "\n   */\n  void f() {}\n\n  /**\n   * Short.\n   */\n"
        + "  void g() {}\n}\n");
    assertThat(laid).contains("  /** Short. */\n");
    assertThat(laid).contains("  /**\n   * " + "word ".repeat(19).strip() + "\n   * " + "word ".repeat(11).strip() + "\n   */\n");
  }

  @Test
  void longAnnotationArraysTakeOneValuePerLine() {
    String values = "\"alpha\", \"bravo\", \"charlie\", \"delta\", \"echo\", \"foxtrot\", \"golf\", \"hotel\", \"india\"";
    assertThat(JavaLayout.layout("@JsonPropertyOrder({" + values + ", \"juliet\"})\nclass A {}\n"))
        .startsWith("@JsonPropertyOrder({\n  \"alpha\",\n  \"bravo\",\n");
  }

  @Test
  void importsAreSortedAfterThePackageIsFilledIn() {
    String source = "package com.x.core;\n\nimport com.x.errors.E;\nimport com.fasterxml.A;\n\nclass C {}\n";
    assertThat(JavaLayout.sortImports(source))
        .isEqualTo("package com.x.core;\n\nimport com.fasterxml.A;\nimport com.x.errors.E;\n\nclass C {}\n");
  }

  @Test
  void longClassHeadersBreakBeforeExtends() {
    String header = "  static final class Deserializer extends StdDeserializer<AgentTasksCreateTaskInRepoResponseArtifactsItemData> {\n";
    assertThat(JavaLayout.layout("class A {\n" + header + "  }\n}\n")).isEqualTo("class A {\n"
        + "  static final class Deserializer\n"
        + "      extends StdDeserializer<AgentTasksCreateTaskInRepoResponseArtifactsItemData> {}\n}\n");
  }

  @Test
  void anonymousClassesInChainsAndTypeArgumentsWithCommas() {
    String source = "class A {\n  static final ResponseHandler<Map<String, JsonNode>> REDELIVER_WEBHOOK_DELIVERY = "
        + "ResponseHandler.json(new TypeReference<Map<String, JsonNode>>() {}).error(\"400\", BasicError.class)"
        + ".errorFields(\"400\", List.of(), List.of(\"message\"));\n}\n";
    assertThat(JavaLayout.layout(source)).isEqualTo("class A {\n"
        + "  static final ResponseHandler<Map<String, JsonNode>> REDELIVER_WEBHOOK_DELIVERY =\n"
        + "      ResponseHandler.json(new TypeReference<Map<String, JsonNode>>() {})\n"
        + "          .error(\"400\", BasicError.class)\n"
        + "          .errorFields(\"400\", List.of(), List.of(\"message\"));\n}\n");
    String nested = "class A {\n  A f() {\n    switch (x) {\n      case 1:\n"
        + "        return ofEmptyObject(Unions.decode(codec, node, new TypeReference<Map<String, JsonNode>>() {}));\n"
        + "    }\n  }\n}\n";
    assertThat(JavaLayout.layout(nested)).contains("        return ofEmptyObject(\n"
        + "            Unions.decode(codec, node, new TypeReference<Map<String, JsonNode>>() {}));\n");
  }

  @Test
  void parametersWithTypeArgumentsSplitOnlyBetweenParameters() {
    String source = "class A {\n  private InteractionsGetRestrictionsForAuthenticatedUserResponse("
        + "InteractionLimitResponse option1, Map<String, JsonNode> option2) {\n  }\n}\n";
    assertThat(JavaLayout.layout(source)).isEqualTo("class A {\n"
        + "  private InteractionsGetRestrictionsForAuthenticatedUserResponse(\n"
        + "      InteractionLimitResponse option1, Map<String, JsonNode> option2) {}\n}\n");
  }

  @Test
  void conditionsKeepTheSpaceAfterTheKeywordAndBreakBeforeInstanceof() {
    String source = "class A {\n  boolean f(Object other) {\n"
        + "    if (!(other instanceof CopilotListCopilotCodingAgentSelectedRepositoriesForOrganizationParams)) {\n"
        + "      return false;\n    }\n  }\n}\n";
    assertThat(JavaLayout.layout(source)).contains("    if (!(other\n"
        + "        instanceof CopilotListCopilotCodingAgentSelectedRepositoriesForOrganizationParams)) {\n");
  }

  @Test
  void argumentsShorterThanTenColumnsFillTheirLines() {
    String args = "option1, option2, option3, option4, option5, option6, option7, option8, option9, option10, option11";
    assertThat(JavaLayout.layout("class A {\n  int f() {\n    return Objects.hash(" + args + ");\n  }\n}\n"))
        .contains("    return Objects.hash(\n"
            + "        option1, option2, option3, option4, option5, option6, option7, option8, option9, option10,\n"
            + "        option11);\n");
  }
}
