package dev.switchboard.python;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON values spelled as Python literals. */
final class PyValues {
  private PyValues() {}

  static String literal(JsonNode value) {
    if (value.isNull()) {
      return "None";
    }
    if (value.isBoolean()) {
      return value.asBoolean() ? "True" : "False";
    }
    if (value.isNumber()) {
      return value.asText();
    }
    return PyText.literal(value.asText());
  }
}
