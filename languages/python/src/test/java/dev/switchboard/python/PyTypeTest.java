package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class PyTypeTest {
  private static final PyType LONG = PyType.of("L".repeat(70));

  @Test
  void shortAnnotationsAreFlat() {
    PyType type = PyType.generic("Optional", PyType.generic("list", PyType.of("Message")));
    assertThat(type.render(4, 10, 7)).isEqualTo("Optional[list[Message]]");
  }

  @Test
  void aSingleArgumentGoesOnItsOwnLine() {
    PyType type = PyType.generic("Optional", PyType.generic("StrEnumValue", LONG));
    assertThat(type.render(4, 40, 7)).isEqualTo("Optional[\n        StrEnumValue[" + LONG + "]\n    ]");
  }

  @Test
  void severalArgumentsGetOneLineEachAndATrailingComma() {
    PyType type = PyType.generic("Union", LONG, PyType.of("NotGiven"));
    assertThat(type.render(8, 40, 13)).isEqualTo("Union[\n            " + LONG + ",\n            NotGiven,\n        ]");
  }

  @Test
  void argumentsCanBeAdded() {
    assertThat(PyType.generic("Union", PyType.of("A"), PyType.of("str")).with(PyType.of("NotGiven")).flat())
        .isEqualTo("Union[A, str, NotGiven]");
  }
}
