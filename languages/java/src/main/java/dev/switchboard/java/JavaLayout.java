package dev.switchboard.java;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Java sources in google-java-format's layout without running it: JavaPoet writes two-space
 * indents, and this pass sorts imports, lays out Javadoc ({@link JavadocLayout}), closes empty
 * bodies as {@code {}} and breaks statements longer than 100 columns ({@link StatementLayout}).
 */
final class JavaLayout {
  private JavaLayout() {}

  /** A source file with two-space indents and no java.lang imports. */
  static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }

  /** The source, as JavaPoet or a runtime template wrote it, in google-java-format's layout. */
  static String layout(String source) {
    String[] lines = source.split("\n", -1);
    StringBuilder out = new StringBuilder(source.length() + source.length() / 8);
    int i = 0;
    boolean blank = false;
    while (i < lines.length) {
      String line = lines[i];
      String text = line.strip();
      if (text.isEmpty()) {
        if (!blank && out.length() > 0 && i < lines.length - 1) {
          out.append('\n');
        }
        blank = true;
        i++;
        continue;
      }
      blank = false;
      int indent = indent(line);
      if (text.startsWith("import ")) {
        i = imports(lines, i, out);
      } else if (text.startsWith("/**")) {
        int end = i;
        while (!lines[end].stripTrailing().endsWith("*/")) {
          end++;
        }
        out.append(" ".repeat(indent))
            .append(JavadocLayout.format(List.of(lines).subList(i, end + 1), indent)).append('\n');
        i = end + 1;
      } else if (text.startsWith("//") || text.startsWith("/*") || text.startsWith("*")) {
        out.append(line.stripTrailing()).append('\n');
        i++;
      } else {
        i = statement(lines, i, indent, out);
      }
    }
    return out.toString();
  }

  /**
   * A source already in google-java-format's layout (a runtime template) with its imports sorted
   * again: filling in the package can change their order.
   */
  static String sortImports(String source) {
    int start = source.indexOf("\nimport ");
    if (start < 0) {
      return source;
    }
    int end = start + 1;
    while (source.startsWith("import ", end) || source.startsWith("\n", end)) {
      end = source.indexOf('\n', end) + 1;
    }
    StringBuilder imports = new StringBuilder();
    imports(source.substring(start + 1, end).split("\n"), 0, imports);
    return source.substring(0, start + 1) + imports + source.substring(end);
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  /** Imports sorted as google-java-format sorts them: static ones first, then the others. */
  private static int imports(String[] lines, int start, StringBuilder out) {
    List<String> statics = new ArrayList<>();
    List<String> others = new ArrayList<>();
    int i = start;
    while (i < lines.length && (lines[i].startsWith("import ") || lines[i].isBlank())) {
      if (!lines[i].isBlank()) {
        (lines[i].startsWith("import static ") ? statics : others).add(lines[i].strip());
      }
      i++;
    }
    statics.sort(JavaLayout::compareImports);
    others.sort(JavaLayout::compareImports);
    statics.forEach(s -> out.append(s).append('\n'));
    if (!statics.isEmpty() && !others.isEmpty()) {
      out.append('\n');
    }
    others.forEach(s -> out.append(s).append('\n'));
    out.append('\n');
    return i;
  }

  private static int compareImports(String a, String b) {
    return imported(a).compareTo(imported(b));
  }

  private static String imported(String line) {
    String name = line.substring(line.startsWith("import static ") ? 14 : 7);
    return name.endsWith(";") ? name.substring(0, name.length() - 1) : name;
  }

  /** One statement or declaration, joined from the lines JavaPoet split it into, then laid out. */
  private static int statement(String[] lines, int start, int indent, StringBuilder out) {
    StringBuilder text = new StringBuilder(lines[start].strip());
    int depth = depth(text, 0, 0);
    int i = start + 1;
    while (i < lines.length && continues(text, depth, lines[i], indent)) {
      String next = lines[i].strip();
      if (depth > 0 && endsWithBlock(text)) {
        // A block inside an expression (a lambda or an anonymous class): written as it is.
        return verbatim(lines, start, out);
      }
      char last = text.charAt(text.length() - 1);
      char first = next.charAt(0);
      if (!(last == '(' || last == '[' || last == '<' || last == '{' && depth > 0 || first == ')' || first == ']'
          || first == '}' && depth > 0 || first == '.')) {
        text.append(' ');
      }
      int before = text.length();
      text.append(next);
      depth = depth(text, before, depth);
      i++;
    }
    if (text.charAt(text.length() - 1) == '{' && i < lines.length && lines[i].strip().equals("}")) {
      text.append('}');
      i++;
    }
    out.append(" ".repeat(indent)).append(StatementLayout.layout(text.toString(), indent)).append('\n');
    return i;
  }

  private static boolean endsWithBlock(CharSequence text) {
    String end = text.subSequence(Math.max(0, text.length() - 4), text.length()).toString();
    return end.endsWith("-> {") || end.endsWith(") {");
  }

  private static int verbatim(String[] lines, int start, StringBuilder out) {
    out.append(lines[start].stripTrailing()).append('\n');
    return start + 1;
  }

  private static boolean continues(CharSequence text, int depth, String next, int indent) {
    if (next.isBlank()) {
      return false;
    }
    if (depth > 0) {
      return true;
    }
    char last = text.charAt(text.length() - 1);
    if (last == ';' || last == '{' || last == '}' || last == ':' || last == ',') {
      return false;
    }
    if (text.charAt(0) == '@') {
      return false;
    }
    return indent(next) > indent || next.strip().startsWith(".");
  }

  /** Parenthesis and bracket depth after {@code text[from..]}, outside string and character literals. */
  private static int depth(CharSequence text, int from, int depth) {
    int d = depth;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        i = StatementLayout.literalEnd(text, i) - 1;
      } else if (c == '(' || c == '[') {
        d++;
      } else if (c == ')' || c == ']') {
        d--;
      }
    }
    return d;
  }
}
