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
    String args = "alpha, bravo, charlie, delta, echo, foxtrot, golf, hotel, india, juliet, kilo";
    assertThat(JavaLayout.layout("class A {\n  void f() {\n    return Objects.hash(" + args + ");\n  }\n}\n"))
        .contains("    return Objects.hash(\n        " + args + ");\n");
    String longer = args + ", lima, mike, november";
    assertThat(JavaLayout.layout("class A {\n  void f() {\n    return Objects.hash(" + longer + ");\n  }\n}\n"))
        .contains("    return Objects.hash(\n        alpha,\n        bravo,\n");
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
}
