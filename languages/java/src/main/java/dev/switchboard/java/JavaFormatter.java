package dev.switchboard.java;

import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;
import dev.switchboard.core.output.FileSet;
import java.nio.charset.StandardCharsets;
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

  /**
   * Formats every source on all cores and adds it to the file set in UTF-8. Each source is dropped
   * once formatted, so that large APIs do not hold every file twice.
   */
  void formatInto(Map<String, String> sources, FileSet files) {
    String[] paths = sources.keySet().toArray(new String[0]);
    String[] texts = sources.values().toArray(new String[0]);
    sources.clear();
    byte[][] formatted = new byte[texts.length][];
    IntStream.range(0, texts.length).parallel().forEach(i -> {
      formatted[i] = format(paths[i], texts[i]).getBytes(StandardCharsets.UTF_8);
      texts[i] = null;
    });
    for (int i = 0; i < paths.length; i++) {
      files.add(paths[i], formatted[i]);
      formatted[i] = null;
    }
  }

  String format(String path, String source) {
    try {
      return formatter.formatSourceAndFixImports(source);
    } catch (FormatterException e) {
      throw new IllegalStateException("generated " + path + " does not parse: " + e.getMessage(), e);
    } catch (IllegalAccessError e) {
      throw new IllegalStateException("google-java-format needs the JVM options --add-exports "
          + "jdk.compiler/com.sun.tools.javac.{api,code,file,parser,tree,util}=ALL-UNNAMED "
          + "(for Maven: in .mvn/jvm.config)", e);
    }
  }
}
