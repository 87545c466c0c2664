package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PyCodeTest {
  @Test
  void shortCallsStayOnOneLine() {
    assertThat(PyCode.wrap(8, "f(", List.of("a", "b=1"), ")", 0)).isEqualTo("f(a, b=1)");
  }

  @Test
  void longCallsGetOneArgumentPerLineAndATrailingComma() {
    String argument = "x" + "y".repeat(60);
    assertThat(PyCode.wrap(4, "call(", List.of(argument, argument), ")", 0))
        .isEqualTo("call(\n        " + argument + ",\n        " + argument + ",\n    )");
  }

  @Test
  void theTrailerCountsTowardsTheLine() {
    String argument = "a".repeat(110);
    assertThat(PyCode.wrap(0, "f(", List.of(argument), ")", 0)).isEqualTo("f(" + argument + ")");
    assertThat(PyCode.wrap(0, "f(", List.of(argument), ")", 10)).contains("\n");
  }

  @Test
  void oneItemTuplesKeepTheirComma() {
    assertThat(PyCode.tuple(4, List.of("\"basic\""), 1)).isEqualTo("(\"basic\",)");
    assertThat(PyCode.tuple(4, List.of("a", "b"), 1)).isEqualTo("(a, b)");
  }

  @Test
  void longClassHeadersSplitTheirBases() {
    String name = "C".repeat(120);
    assertThat(PyCode.classHeader("Short", List.of("BaseModel"))).isEqualTo("class Short(BaseModel):");
    assertThat(PyCode.classHeader(name, List.of("BaseModel"))).isEqualTo("class " + name + "(\n    BaseModel\n):");
    assertThat(PyCode.classHeader(name, List.of("str", "Enum"))).isEqualTo("class " + name + "(\n    str,\n    Enum,\n):");
  }

  @Test
  void aSingleArgumentHugsItsOwnLine() {
    String open = "self." + "a".repeat(60) + " = " + "B".repeat(50) + "(";
    assertThat(PyCode.call(8, open, List.of("self._core"), ")")).isEqualTo(open + "\n            self._core\n        )");
  }

  @Test
  void widthCountsNonAsciiAsTwoColumns() {
    assertThat(PyCode.width("abc")).isEqualTo(3);
    assertThat(PyCode.width("ü📞")).isEqualTo(4);
  }
}
