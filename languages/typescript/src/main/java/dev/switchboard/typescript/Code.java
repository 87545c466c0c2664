package dev.switchboard.typescript;

import static dev.switchboard.typescript.Doc.text;

import java.util.List;

/** Lines of generated code laid out as Prettier would, at the SDK's print width. */
final class Code {
  static final int WIDTH = 110;
  /** Prettier never breaks after the colon of a key shorter than this (tab width + 3). */
  static final int SHORT_KEY = 5;

  private Code() {}

  static String print(Doc doc, int indent) {
    return " ".repeat(indent) + DocPrinter.print(doc, WIDTH, indent);
  }

  /** {@code key: value,} in an object literal; the value moves to the next line when too long. */
  static String property(int indent, String key, String value) {
    String pad = " ".repeat(indent);
    String line = pad + key + ": " + value + ",";
    if (line.length() <= WIDTH || key.length() < SHORT_KEY) {
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

  /** The opening of an object-valued entry: {@code Key: {}, or {@code Key:} then the brace below. */
  static String objectEntry(int indent, String key) {
    String pad = " ".repeat(indent);
    String line = pad + key + ": {";
    return line.length() <= WIDTH ? line + "\n" : pad + key + ":\n" + pad + "  {\n";
  }

  /** How far an object-valued entry's body is indented, given how it opened. */
  static int objectIndent(int indent, String opening) {
    return opening.endsWith(": {\n") ? indent + 2 : indent + 4;
  }

  /** {@code #name?: Type;}: where a property created on first access is kept. */
  static String lazyField(String name, String type) {
    return "  #" + name + "?: " + type + ";\n";
  }

  /** A getter that creates {@code new Type(this)} on first access, broken where Prettier breaks it. */
  static String lazyGetter(String name, String type) {
    return lazyGetter(name, type, "new " + type, List.of("this"));
  }

  /**
   * A getter that calls {@code callee} with {@code arguments} on first access and keeps the value,
   * broken where Prettier breaks it: the arguments one a line, else after the operator.
   */
  static String lazyGetter(String name, String type, String callee, List<String> arguments) {
    String assign = "    return (this.#" + name + " ??=";
    String call = callee + "(";
    String flat = call + String.join(", ", arguments) + "));";
    String body;
    if ((assign + " " + flat).length() <= WIDTH) {
      body = assign + " " + flat;
    } else if ((assign + " " + call).length() <= WIDTH) {
      body = assign + " " + call + "\n" + arguments.stream().map(a -> "      " + a + ",\n")
          .collect(java.util.stream.Collectors.joining()) + "    ));";
    } else {
      body = assign + "\n      " + flat;
    }
    return "  get " + name + "(): " + type + " {\n" + body + "\n  }\n";
  }

  /** {@code name(a, b)} with the arguments broken one a line when too long. */
  static Doc call(String callee, List<String> arguments) {
    return Doc.concat(text(callee), Doc.list("(", arguments.stream().map(Doc::text).toList(), ")", false));
  }
}
