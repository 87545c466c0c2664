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
  void annotationArraysOfTenColumnValuesTakeOneValuePerLine() {
    String values = "\"abcdefgh\", \"bcdefghi\", \"cdefghij\", \"defghijk\", \"efghijkl\", \"fghijklm\", "
        + "\"ghijklmn\", \"hijklmno\"";
    assertThat(JavaLayout.layout("@JsonPropertyOrder({" + values + "})\nclass A {}\n")).isEqualTo("@JsonPropertyOrder({\n"
        + "  \"abcdefgh\",\n  \"bcdefghi\",\n  \"cdefghij\",\n  \"defghijk\",\n"
        + "  \"efghijkl\",\n  \"fghijklm\",\n  \"ghijklmn\",\n  \"hijklmno\"\n"
        + "})\nclass A {}\n");
  }

  @Test
  void annotationArraysOfShorterValuesFillTheirLines() {
    String first = "\"aud\", \"cad\", \"chf\", \"czk\", \"dkk\", \"eur\", \"gbp\", \"hkd\", \"myr\", \"nok\", \"nzd\", "
        + "\"sek\", \"sgd\", \"usd\"";
    String second = "\"ars\", \"brl\", \"clp\", \"cop\", \"inr\", \"jpy\", \"krw\", \"mxn\", \"pen\", \"php\", \"thb\", "
        + "\"vnd\"";
    assertThat(JavaLayout.layout("@JsonPropertyOrder({" + first + ", " + second + "})\nclass A {}\n"))
        .isEqualTo("@JsonPropertyOrder({\n  " + first + ",\n  " + second + "\n})\nclass A {}\n");
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
  void typeArgumentsTooLongForTheirLineBreakAfterTheirOwnAngleBracket() {
    String item = "CreateCheckoutSessionsRequestInvoiceCreationH43612626Option1Item";
    String source = "class A {\n"
        + "  private static final Map<CreateCheckoutSessionsRequestInvoiceCreationH43612, "
        + "List<CreateCheckoutSessionsRequestInvoiceCreationH436>> FIELD = null;\n\n"
        + "  Object f() {\n"
        + "    return ofList(Unions.decode(codec, node, new TypeReference<List<" + item + ">>() {}));\n"
        + "  }\n}\n";
    assertThat(JavaLayout.layout(source)).isEqualTo("class A {\n"
        + "  private static final Map<\n"
        + "          CreateCheckoutSessionsRequestInvoiceCreationH43612,\n"
        + "          List<CreateCheckoutSessionsRequestInvoiceCreationH436>>\n"
        + "      FIELD = null;\n\n"
        + "  Object f() {\n"
        + "    return ofList(\n"
        + "        Unions.decode(\n"
        + "            codec,\n"
        + "            node,\n"
        + "            new TypeReference<\n"
        + "                List<" + item + ">>() {}));\n"
        + "  }\n}\n");
  }

  @Test
  void listItemsIndentTwoPerOpenListAndTheirWrappedLinesFourMore() {
    String source = "class A {\n"
        + "  /**\n"
        + "   * Lists:\n"
        + "   * <ul>\n"
        + "   * <li>Customer balance credit: credit the customer’s balance (using <code>credit_amount</code>) "
        + "which will be automatically applied to their next invoice when it’s finalized.\n"
        + "   * <li>Nested: <ol><li>first inner item that is long enough to wrap around the line at one hundred "
        + "columns<li>second</ol> after the inner list text that is long enough to wrap around the line\n"
        + "   * </ul>\n"
        + "   * @param x a parameter <ul><li>item in a footer list which is long enough to wrap around the line "
        + "at one hundred columns</ul> more text after it\n"
        + "   */\n"
        + "  void f() {}\n}\n";
    assertThat(JavaLayout.layout(source)).isEqualTo("class A {\n"
        + "  /**\n"
        + "   * Lists:\n"
        + "   *\n"
        + "   * <ul>\n"
        + "   *   <li>Customer balance credit: credit the customer’s balance (using <code>credit_amount</code>)\n"
        + "   *       which will be automatically applied to their next invoice when it’s finalized.\n"
        + "   *   <li>Nested:\n"
        + "   *       <ol>\n"
        + "   *         <li>first inner item that is long enough to wrap around the line at one hundred columns\n"
        + "   *         <li>second\n"
        + "   *       </ol>\n"
        + "   *       after the inner list text that is long enough to wrap around the line\n"
        + "   * </ul>\n"
        + "   *\n"
        + "   * @param x a parameter\n"
        + "   *     <ul>\n"
        + "   *       <li>item in a footer list which is long enough to wrap around the line at one hundred\n"
        + "   *           columns\n"
        + "   *     </ul>\n"
        + "   *     more text after it\n"
        + "   */\n"
        + "  void f() {}\n}\n");
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
