package dev.switchboard.java;

import dev.switchboard.java.LineLayout.Break;
import dev.switchboard.java.LineLayout.Doc;
import dev.switchboard.java.LineLayout.Level;
import dev.switchboard.java.LineLayout.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Breaks a statement or declaration of generated code that does not fit in 100 columns, as
 * google-java-format would: after {@code =}, before the operators of a binary expression, before
 * the dots of a method chain, and inside argument and parameter lists (all on the next line if
 * they fit there, else one per line).
 */
final class StatementLayout {
  private static final Set<String> CONTROL = Set.of("if", "while", "for", "switch", "catch", "synchronized");
  private static final List<Set<String>> PRECEDENCE = List.of(
      Set.of("||"), Set.of("&&"), Set.of("|"), Set.of("^"), Set.of("&"), Set.of("==", "!="),
      Set.of("<", ">", "<=", ">=", "instanceof"), Set.of("<<", ">>", ">>>"), Set.of("+", "-"), Set.of("*", "/", "%"));
  private static final String[] OPERATORS = {">>>=", "<<=", ">>=", "->", "::", "==", "!=", "<=", ">=", "&&", "||", "++",
      "--", "+=", "-=", "*=", "/=", "&=", "|=", "^=", "%=", "<<"};

  private final String text;
  private final List<int[]> tokens = new ArrayList<>();

  private StatementLayout(String text) {
    this.text = text;
    tokenize();
  }

  /** The statement at {@code indent}: as it is when it fits, else broken over lines. */
  static String layout(String statement, int indent) {
    if (indent + statement.length() <= LineLayout.WIDTH) {
      return statement;
    }
    StatementLayout layout = new StatementLayout(statement);
    Doc doc;
    try {
      doc = layout.statement();
    } catch (RuntimeException e) {
      // A construct the layout does not know stays on one line; check-sdk.sh would report it.
      return statement;
    }
    return LineLayout.render(doc, indent);
  }

  /** Where the string or character literal starting at {@code start} ends (exclusive). */
  static int literalEnd(CharSequence text, int start) {
    char quote = text.charAt(start);
    int i = start + 1;
    while (i < text.length() && text.charAt(i) != quote) {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, text.length());
  }

  private void tokenize() {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end;
      if (c == ' ') {
        i++;
        continue;
      } else if (c == '"' || c == '\'') {
        end = literalEnd(text, i);
      } else if (Character.isJavaIdentifierPart(c)) {
        end = i;
        while (end < text.length() && (Character.isJavaIdentifierPart(text.charAt(end))
            || Character.isDigit(c) && text.charAt(end) == '.')) {
          end++;
        }
      } else {
        end = i + 1;
        for (String op : OPERATORS) {
          if (text.startsWith(op, i)) {
            end = i + op.length();
            break;
          }
        }
      }
      tokens.add(new int[] {i, end});
      i = end;
    }
  }

  private String tok(int i) {
    return i < tokens.size() ? text.substring(tokens.get(i)[0], tokens.get(i)[1]) : "";
  }

  private String flat(int from, int to) {
    return from >= to ? "" : text.substring(tokens.get(from)[0], tokens.get(to - 1)[1]);
  }

  /** The index of the bracket closing the one at {@code open}. */
  private int close(int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      String t = tok(i);
      if (t.equals("(") || t.equals("[") || t.equals("{")) {
        depth++;
      } else if (t.equals(")") || t.equals("]") || t.equals("}")) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    throw new IllegalArgumentException("unbalanced");
  }

  /**
   * Indexes of the tokens equal to {@code wanted} at bracket depth 0 in [from, to), outside type
   * arguments ({@code Map<String, JsonNode>} holds no top-level comma).
   */
  private List<Integer> topLevel(int from, int to, Set<String> wanted) {
    List<Integer> found = new ArrayList<>();
    int angle = 0;
    for (int i = from; i < to; i++) {
      String t = tok(i);
      if (t.equals("<") && isGenericOpen(i)) {
        angle++;
      } else if (t.equals(">") && angle > 0) {
        angle--;
      } else if (angle == 0 && wanted.contains(t)) {
        found.add(i);
      }
      if (t.equals("(") || t.equals("[") || t.equals("{")) {
        i = close(i);
      }
    }
    return found;
  }

  private Doc statement() {
    int n = tokens.size();
    String first = tok(0);
    String last = tok(n - 1);
    if (first.equals("@")) {
      return annotation(0, n);
    }
    if (last.equals("{")) {
      return header(n - 1);
    }
    if (last.equals("}") && n > 2 && tok(n - 2).equals("{")) {
      return header(n - 2); // an empty body, closed on its line
    }
    if (last.equals(";") && isAbstractMethod(n - 1)) {
      return header(n - 1);
    }
    int end = last.equals(";") || last.equals(",") ? n - 1 : n;
    String terminator = flat(end, n);
    if (first.equals("return") || first.equals("throw")) {
      return new Level(0).add(first + " ").add(expression(1, end)).add(terminator);
    }
    List<Integer> assigns = topLevel(0, end, Set.of("="));
    if (!assigns.isEmpty()) {
      int eq = assigns.get(0);
      Doc name = typeAndName(0, eq);
      Level rhs = new Level(4).deeperAfter(name).add(Break.fill(" ")).add(expression(eq + 1, end));
      return new Level(0).add(new Level(0).add(name).add(" =").add(rhs)).add(terminator);
    }
    if (isDeclaration(0, end)) {
      return new Level(0).add(typeAndName(0, end)).add(terminator);
    }
    return new Level(0).add(expression(0, end)).add(terminator);
  }

  /** Whether the statement ending at {@code semicolon} declares a method without a body. */
  private boolean isAbstractMethod(int semicolon) {
    List<Integer> parens = topLevel(0, semicolon, Set.of("("));
    if (parens.isEmpty() || parens.get(0) < 2 || !topLevel(0, semicolon, Set.of("=")).isEmpty()) {
      return false;
    }
    int open = parens.get(0);
    String before = tok(open - 2);
    return Character.isJavaIdentifierStart(tok(open - 1).charAt(0)) && !before.equals(".") && !before.equals("new")
        && !before.equals("return") && !before.equals("throw") && (Character.isJavaIdentifierPart(before.charAt(0))
        || before.equals(">") || before.equals("]"));
  }

  /** Whether [from, to) declares a name: modifiers or a type, then the name, with no operators. */
  private boolean isDeclaration(int from, int to) {
    for (int i = from; i < to; i++) {
      String t = tok(i);
      if (t.equals("(") || t.equals("=")) {
        return false;
      }
    }
    return to - from >= 2 && Character.isJavaIdentifierStart(tok(to - 1).charAt(0));
  }

  /** Modifiers and a type, then a name: broken before the name when they do not fit. */
  private Doc typeAndName(int from, int name) {
    if (name - from < 2 || !Character.isJavaIdentifierStart(tok(name - 1).charAt(0)) || tok(name - 2).equals(".")) {
      return new Text(flat(from, name));
    }
    return new Level(4).add(typeArguments(from, name - 1)).add(Break.unified(" ")).add(tok(name - 1));
  }

  /**
   * Text ending in a generic type, {@code a<b<c>, d>}: broken after a {@code <} when its type
   * arguments do not fit, then after their commas, each argument broken the same way.
   */
  private Doc typeArguments(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tok(i).equals("<")) {
        int close = closeAngle(i);
        if (close < 0 || close >= to) {
          break;
        }
        Level arguments = new Level(0);
        int start = i + 1;
        for (int comma : topLevel(i + 1, close, Set.of(","))) {
          arguments.add(typeArguments(start, comma)).add(",").add(Break.unified(" "));
          start = comma + 1;
        }
        arguments.add(typeArguments(start, close));
        return new Level(0).add(new Level(4).add(flat(from, i + 1)).add(Break.unified("")).add(arguments))
            .add(flat(close, to));
      }
      if (tok(i).equals("(") || tok(i).equals("=")) {
        break;
      }
    }
    return new Text(flat(from, to));
  }

  /** The index of the {@code >} closing the type arguments opened at {@code open}, or -1. */
  private int closeAngle(int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      String t = tok(i);
      if (t.equals("<")) {
        depth++;
      } else if (t.equals(">")) {
        if (--depth == 0) {
          return i;
        }
      } else if (!t.equals(",") && !t.equals(".") && !t.equals("?") && !t.equals("[") && !t.equals("]")
          && !Character.isJavaIdentifierStart(t.charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  /** A declaration or control statement that opens a block. */
  private Doc header(int brace) {
    String first = tok(0).equals("}") ? tok(1) : tok(0);
    List<Integer> parens = topLevel(0, brace, Set.of("("));
    String body = tok(brace).equals("{") ? " " + flat(brace, tokens.size()) : ";";
    boolean type = !topLevel(0, brace, Set.of("class", "interface", "enum", "record")).isEmpty();
    if (type) {
      return new Level(0).add(typeHeader(brace)).add(body);
    }
    if (parens.isEmpty()) {
      return new Text(flat(0, tokens.size()));
    }
    int open = parens.get(0);
    int close = close(open);
    if (CONTROL.contains(first) || first.equals("else")) {
      return new Level(0).add(flat(0, open) + " (").add(expression(open + 1, close)).add(flat(close, brace + 1));
    }
    Doc name = typeAndName(0, open);
    Doc params = arguments(open, close, true);
    if (params instanceof Level level) {
      level.deeperAfter(name);
    }
    Level doc = new Level(0).add(name).add(params);
    if (close + 1 < brace) {
      doc.add(new Level(4).add(Break.unified(" ")).add(flat(close + 1, brace)));
    }
    return new Level(0).add(doc).add(body);
  }

  /** A class header: broken before {@code extends} and {@code implements} where they do not fit. */
  private Doc typeHeader(int brace) {
    List<Integer> clauses = topLevel(0, brace, Set.of("extends", "implements"));
    clauses.add(brace);
    Level level = new Level(4).add(flat(0, clauses.get(0)));
    for (int k = 0; k + 1 < clauses.size(); k++) {
      level.add(Break.fill(" ")).add(flat(clauses.get(k), clauses.get(k + 1)));
    }
    return level;
  }

  private Doc annotation(int from, int to) {
    int nameEnd = from + 1;
    while (nameEnd + 1 < to && tok(nameEnd + 1).equals(".")) {
      nameEnd += 2;
    }
    if (nameEnd + 1 >= to || !tok(nameEnd + 1).equals("(")) {
      return new Text(flat(from, to));
    }
    int open = nameEnd + 1;
    int close = close(open);
    if (tok(open + 1).equals("{") && close(open + 1) == close - 1) {
      // A single array value: the braces hug the parentheses.
      return new Level(0).add(flat(from, open + 1)).add(array(open + 1, close - 1)).add(flat(close, to));
    }
    return new Level(0).add(flat(from, open)).add(arguments(open, close, false)).add(flat(close + 1, to));
  }

  /** {@code (a, b)}: broken after the parenthesis, then on one line or one per line. */
  private Doc arguments(int open, int close, boolean declaration) {
    if (close == open + 1) {
      return new Text("()");
    }
    Level items = new Level(0);
    int start = open + 1;
    List<Integer> commas = topLevel(open + 1, close, Set.of(","));
    commas.add(close);
    boolean fill = !declaration && shortItems(open + 1, commas);
    for (int comma : commas) {
      if (start > open + 1) {
        items.add(",").add(fill ? Break.fill(" ") : Break.unified(" "));
      }
      items.add(declaration ? typeAndName(start, comma) : element(start, comma));
      start = comma + 1;
    }
    return new Level(4).add("(").add(Break.unified("")).add(items).add(")");
  }

  /**
   * Whether every argument or array value ending at {@code ends} is shorter than ten columns:
   * google-java-format then fills lines with them instead of putting one per line.
   */
  private boolean shortItems(int start, List<Integer> ends) {
    int from = start;
    for (int end : ends) {
      if (flat(from, end).length() >= 10) {
        return false;
      }
      from = end + 1;
    }
    return true;
  }

  /** An argument: an expression, {@code name = value} in an annotation, or an array of values. */
  private Doc element(int from, int to) {
    if (tok(from).equals("{") && close(from) == to - 1) {
      return array(from, to - 1);
    }
    if (to - from > 2 && tok(from + 1).equals("=") && Character.isJavaIdentifierStart(tok(from).charAt(0))) {
      return new Level(0).add(flat(from, from + 2) + " ").add(element(from + 2, to));
    }
    return expression(from, to);
  }

  /**
   * An array of values between braces on lines of their own when it does not fit: short values
   * fill the lines between them, others take one line each.
   */
  private Doc array(int open, int close) {
    if (close == open + 1) {
      return new Text("{}");
    }
    Level level = new Level(2).add("{").add(Break.unified(""));
    int start = open + 1;
    List<Integer> commas = topLevel(open + 1, close, Set.of(","));
    commas.add(close);
    boolean fill = shortItems(open + 1, commas);
    for (int comma : commas) {
      if (start > open + 1) {
        level.add(",").add(fill ? Break.fill(" ") : Break.unified(" "));
      }
      level.add(element(start, comma));
      start = comma + 1;
    }
    return level.add(new Break(true, "", -2)).add("}");
  }

  private Doc expression(int from, int to) {
    List<Integer> arrows = topLevel(from, to, Set.of("->"));
    if (!arrows.isEmpty()) {
      int arrow = arrows.get(0);
      return new Level(4).add(flat(from, arrow) + " ->").add(Break.unified(" ")).add(expression(arrow + 1, to));
    }
    List<Integer> question = topLevel(from, to, Set.of("?"));
    if (!question.isEmpty() && !isTypeArgument(question.get(0))) {
      int q = question.get(0);
      int colon = matchingColon(q + 1, to);
      return new Level(4).add(expression(from, q)).add(Break.unified(" ")).add("? ")
          .add(expression(q + 1, colon)).add(Break.unified(" ")).add(": ").add(expression(colon + 1, to));
    }
    for (Set<String> operators : PRECEDENCE) {
      List<Integer> at = binaryOperators(from, to, operators);
      if (!at.isEmpty()) {
        Level level = new Level(4);
        int start = from;
        for (int op : at) {
          level.add(start == from ? expression(start, op) : new Level(0).add(tok(start - 1) + " ").add(expression(start, op)));
          level.add(Break.unified(" "));
          start = op + 1;
        }
        return level.add(new Level(0).add(tok(start - 1) + " ").add(expression(start, to)));
      }
    }
    return unary(from, to);
  }

  private boolean isTypeArgument(int question) {
    return tok(question - 1).equals("<") || tok(question - 1).equals(",");
  }

  private int matchingColon(int from, int to) {
    int nested = 0;
    for (int i = from; i < to; i++) {
      String t = tok(i);
      if (t.equals("(") || t.equals("[") || t.equals("{")) {
        i = close(i);
      } else if (t.equals("?")) {
        nested++;
      } else if (t.equals(":")) {
        if (nested == 0) {
          return i;
        }
        nested--;
      }
    }
    throw new IllegalArgumentException("no colon");
  }

  /** Top-level binary operators among {@code operators}, skipping generic angle brackets and unary signs. */
  private List<Integer> binaryOperators(int from, int to, Set<String> operators) {
    List<Integer> found = new ArrayList<>();
    int angle = 0;
    for (int i = from; i < to; i++) {
      String t = tok(i);
      if (t.equals("(") || t.equals("[") || t.equals("{")) {
        i = close(i);
        continue;
      }
      if (t.equals("<") && isGenericOpen(i)) {
        angle++;
        continue;
      }
      if (t.equals(">") && angle > 0) {
        angle--;
        continue;
      }
      if (angle == 0 && i > from && operators.contains(t) && !isUnary(i, from)) {
        found.add(i);
      }
    }
    return found;
  }

  private boolean isGenericOpen(int i) {
    String before = tok(i - 1);
    String after = tok(i + 1);
    return before.equals(".") || after.equals(">") || Character.isUpperCase(before.isEmpty() ? 'a' : before.charAt(0))
        && (Character.isUpperCase(after.isEmpty() ? 'a' : after.charAt(0)) || after.equals("?"));
  }

  private boolean isUnary(int i, int from) {
    String t = tok(i);
    if (!t.equals("-") && !t.equals("+")) {
      return false;
    }
    String before = tok(i - 1);
    return i == from || PRECEDENCE.stream().anyMatch(s -> s.contains(before)) || before.equals("(")
        || before.equals(",") || before.equals("=") || before.equals("?") || before.equals(":") || before.equals("return");
  }

  private Doc unary(int from, int to) {
    String first = tok(from);
    if (first.equals("!") || first.equals("-") || first.equals("+") || first.equals("~")) {
      return new Level(0).add(first).add(unary(from + 1, to));
    }
    if (first.equals("(")) {
      int close = close(from);
      if (close + 1 < to && isCast(from, close)) {
        return new Level(0).add(flat(from, close + 1) + " ").add(unary(close + 1, to));
      }
    }
    return chain(from, to);
  }

  private boolean isCast(int open, int close) {
    for (int i = open + 1; i < close; i++) {
      String t = tok(i);
      if (!(Character.isJavaIdentifierStart(t.charAt(0)) || t.equals(".") || t.equals("<") || t.equals(">")
          || t.equals(",") || t.equals("?") || t.equals("[") || t.equals("]"))) {
        return false;
      }
    }
    String after = tok(close + 1);
    return Character.isUpperCase(tok(open + 1).charAt(0)) && !after.isEmpty()
        && (Character.isJavaIdentifierPart(after.charAt(0)) || after.equals("(") || after.startsWith("\""));
  }

  /** One element of a postfix chain: its doc, whether it is a call, whether it starts with a dot. */
  private record Item(Doc doc, boolean call, boolean dotted, String name) {}

  private Doc chain(int from, int to) {
    List<Item> items = new ArrayList<>();
    int i = primary(from, to, items);
    while (i < to) {
      String t = tok(i);
      if (t.equals(".")) {
        int nameAt = i + 1;
        String typeArgs = "";
        if (tok(nameAt).equals("<")) {
          int end = nameAt;
          int angle = 0;
          do {
            angle += tok(end).equals("<") ? 1 : tok(end).equals(">") ? -1 : 0;
            end++;
          } while (angle > 0);
          typeArgs = flat(nameAt, end);
          nameAt = end;
        }
        String name = tok(nameAt);
        if (tok(nameAt + 1).equals("(")) {
          int close = close(nameAt + 1);
          items.add(new Item(new Level(0).add("." + typeArgs + name).add(arguments(nameAt + 1, close, false)), true, true, name));
          i = close + 1;
        } else {
          items.add(new Item(new Text("." + name), false, true, name));
          i = nameAt + 1;
        }
      } else if (t.equals("::")) {
        items.add(new Item(new Text("::" + tok(i + 1)), false, false, tok(i + 1)));
        i += 2;
      } else if (t.equals("[")) {
        int close = close(i);
        items.add(new Item(new Text(flat(i, close + 1)), false, false, ""));
        i = close + 1;
      } else {
        throw new IllegalArgumentException("unexpected " + t);
      }
    }
    return chainDoc(items);
  }

  private Doc chainDoc(List<Item> items) {
    // The leading names: a variable and its fields, or a package and a type.
    int names = 0;
    while (names < items.size() && !items.get(names).call() && (names == 0 || items.get(names).dotted())
        && (names == 0 ? items.get(0).doc() instanceof Text : true)) {
      names++;
    }
    int typeAt = -1;
    for (int k = 0; k < names; k++) {
      String name = items.get(k).name();
      if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
        typeAt = k;
        break;
      }
      if (name.isEmpty() || !Character.isLowerCase(name.charAt(0))) {
        break;
      }
    }
    int prefix;
    if (typeAt >= 0 && names < items.size() && items.get(names).call()) {
      prefix = names + 1;
    } else if (typeAt >= 0) {
      prefix = items.size();
    } else {
      prefix = Math.max(names, 1);
    }
    if (!(items.get(0).doc() instanceof Text) && !items.get(0).call() && items.size() > 1) {
      // A parenthesized expression: the rest of the chain may move to the next line, whole.
      Level level = new Level(4).add(items.get(0).doc()).add(Break.unified(""));
      items.subList(1, items.size()).forEach(item -> level.add(item.doc()));
      return level;
    }
    int calls = 0;
    for (int k = prefix; k < items.size(); k++) {
      calls += items.get(k).call() ? 1 : 0;
    }
    boolean breaks = prefix < items.size() && (typeAt >= 0 || calls >= 2);
    Level level = new Level(breaks ? 4 : 0);
    for (int k = 0; k < items.size(); k++) {
      if (breaks && k >= prefix && items.get(k).dotted()) {
        level.add(Break.unified(""));
      }
      level.add(items.get(k).doc());
    }
    return level;
  }

  /** The first element of a chain; returns the index after it. */
  private int primary(int from, int to, List<Item> items) {
    String t = tok(from);
    if (t.equals("new")) {
      int i = from + 1;
      int angle = 0;
      while (i < to && (angle > 0 || !(tok(i).equals("(") || tok(i).equals("[") || tok(i).equals("{")))) {
        angle += tok(i).equals("<") ? 1 : tok(i).equals(">") ? -1 : 0;
        i++;
      }
      if (tok(i).equals("(")) {
        int close = close(i);
        Level doc = new Level(0).add(typeArguments(from, i)).add(arguments(i, close, false));
        int after = close + 1;
        if (tok(after).equals("{")) {
          int end = close(after);
          doc.add(" " + flat(after, end + 1));
          after = end + 1;
        }
        items.add(new Item(doc, true, false, ""));
        return after;
      }
      int end = i;
      while (end < to && (tok(end).equals("[") || tok(end).equals("{"))) {
        end = close(end) + 1;
      }
      items.add(new Item(new Text(flat(from, end)), false, false, ""));
      return end;
    }
    if (t.equals("(")) {
      int close = close(from);
      items.add(new Item(new Level(0).add("(").add(expression(from + 1, close)).add(")"), false, false, ""));
      return close + 1;
    }
    if (tok(from + 1).equals("(")) {
      int close = close(from + 1);
      items.add(new Item(new Level(0).add(t).add(arguments(from + 1, close, false)), true, false, t));
      return close + 1;
    }
    items.add(new Item(new Text(t), false, false, Character.isJavaIdentifierStart(t.charAt(0)) ? t : ""));
    return from + 1;
  }
}
