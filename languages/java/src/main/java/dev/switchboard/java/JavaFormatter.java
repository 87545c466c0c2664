package dev.switchboard.java;

import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Formats sources with google-java-format, in process. On Java 16+ it needs the JVM flags
 * {@code --add-exports jdk.compiler/com.sun.tools.javac.*=ALL-UNNAMED} (see {@link #EXPORTS}).
 */
final class JavaFormatter {
  /** The packages google-java-format reads from jdk.compiler. */
  static final String[] EXPORTS = {"api", "code", "file", "parser", "tree", "util"};

  private final Formatter formatter = new Formatter();

  /** Formats every source, on all cores; the result keeps the input's order. */
  Map<String, String> formatAll(Map<String, String> sources) {
    List<Map.Entry<String, String>> entries = new ArrayList<>(sources.entrySet());
    String[] formatted = new String[entries.size()];
    IntStream.range(0, entries.size()).parallel()
        .forEach(i -> formatted[i] = format(entries.get(i).getKey(), entries.get(i).getValue()));
    Map<String, String> result = new LinkedHashMap<>();
    for (int i = 0; i < formatted.length; i++) {
      result.put(entries.get(i).getKey(), formatted[i]);
    }
    return result;
  }

  String format(String path, String source) {
    try {
      return formatter.formatSourceAndFixImports(source);
    } catch (FormatterException e) {
      throw new IllegalStateException("generated " + path + " does not parse: " + e.getMessage() + "\n" + source, e);
    } catch (IllegalAccessError e) {
      throw new IllegalStateException("google-java-format needs the JVM options --add-exports "
          + "jdk.compiler/com.sun.tools.javac.{api,code,file,parser,tree,util}=ALL-UNNAMED "
          + "(for Maven: in .mvn/jvm.config)", e);
    }
  }
}
