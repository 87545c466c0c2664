package dev.switchboard.java;

import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;

/**
 * Formats sources with google-java-format, in process. On Java 16+ it needs the JVM flags
 * {@code --add-exports jdk.compiler/com.sun.tools.javac.*=ALL-UNNAMED} (see {@link #EXPORTS}).
 */
final class JavaFormatter {
  /** The packages google-java-format reads from jdk.compiler. */
  static final String[] EXPORTS = {"api", "code", "file", "parser", "tree", "util"};

  private final Formatter formatter = new Formatter();

  String format(String path, String source) {
    try {
      return formatter.formatSourceAndFixImports(source);
    } catch (FormatterException e) {
      throw new IllegalStateException("generated " + path + " does not parse: " + e.getMessage() + "\n" + source, e);
    } catch (IllegalAccessError e) {
      throw new IllegalStateException("google-java-format needs the JVM option --add-exports "
          + "jdk.compiler/com.sun.tools.javac.{api,code,file,parser,tree,util}=ALL-UNNAMED", e);
    }
  }
}
