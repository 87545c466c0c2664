package dev.switchboard.java;

import com.palantir.javapoet.CodeBlock;

/**
 * A string literal for a value from the spec. JavaPoet's {@code $S} prints U+2028, U+2029 and
 * U+0085 raw and then breaks the line at them, which ends the literal; here every character
 * outside printable ASCII that could end a line is written as a Unicode escape.
 */
final class JavaLiteral {
  private JavaLiteral() {}

  static CodeBlock of(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return CodeBlock.of("$L", out.append('"'));
  }
}
