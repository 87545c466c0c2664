package dev.switchboard.typescript;

import static dev.switchboard.typescript.Doc.text;

import java.util.List;

/** Lines of generated code laid out as Prettier would, at the SDK's print width. */
final class Code {
  static final int WIDTH = 110;

  private Code() {}

  static String print(Doc doc, int indent) {
    return " ".repeat(indent) + DocPrinter.print(doc, WIDTH, indent);
  }

  /** {@code key: value,} in an object literal; the value moves to the next line when too long. */
  static String property(int indent, String key, String value) {
    String pad = " ".repeat(indent);
    String line = pad + key + ": " + value + ",";
    if (line.length() <= WIDTH) {
      return line + "\n";
    }
    return pad + key + ":\n" + pad + "  " + value + ",\n";
  }

  /** {@code import type { A, B } from 'module';}, one name a line when too long. */
  static String importNames(String keyword, List<String> names, String module) {
    if (names.size() == 1) {
      return keyword + " { " + names.get(0) + " } from " + TsText.string(module) + ";\n";
    }
    List<Doc> docs = names.stream().map(Doc::text).toList();
    Doc doc = Doc.concat(text(keyword + " "), Doc.list("{", docs, "}", true),
        text(" from " + TsText.string(module) + ";"));
    return print(doc, 0) + "\n";
  }

  /** A class field set to {@code new Type(this)}, broken where Prettier breaks it. */
  static String field(String name, String type) {
    String head = "  readonly " + name + " = new " + type + "(";
    if (head.length() + "this);".length() <= WIDTH) {
      return head + "this);\n";
    }
    if (head.length() <= WIDTH) {
      return head + "\n    this,\n  );\n";
    }
    return "  readonly " + name + " =\n    new " + type + "(this);\n";
  }

  /** {@code name(a, b)} with the arguments broken one a line when too long. */
  static Doc call(String callee, List<String> arguments) {
    return Doc.concat(text(callee), Doc.list("(", arguments.stream().map(Doc::text).toList(), ")", false));
  }
}
