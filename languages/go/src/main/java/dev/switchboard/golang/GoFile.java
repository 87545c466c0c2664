package dev.switchboard.golang;

import dev.switchboard.core.render.TemplateEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a Go file twice: once to see which packages its code uses (comments aside), then with
 * exactly those imports, sorted as gofmt sorts them.
 */
final class GoFile {
  private static final Pattern USE = Pattern.compile("(?<![A-Za-z0-9_.\"])([a-z][a-z0-9]*)\\.");

  private GoFile() {}

  /**
   * The file {@code template} renders from the view {@code view} makes of a header; {@code
   * importPath} gives the import path of a package name the code uses, null for other names.
   * {@code view} runs twice, so it only puts a header on a view made before (making one claims names).
   */
  static String render(TemplateEngine templates, String template, String packageName,
      Function<String, String> importPath, Function<Views.Header, Object> view) {
    String draft = templates.render(template, view.apply(new Views.Header(packageName, List.of())));
    TreeSet<String> paths = new TreeSet<>();
    for (String line : draft.split("\n")) {
      if (line.trim().startsWith("//")) {
        continue;
      }
      Matcher m = USE.matcher(stripStrings(line));
      while (m.find()) {
        String path = importPath.apply(m.group(1));
        if (path != null) {
          paths.add(path);
        }
      }
    }
    List<String> imports = new ArrayList<>();
    paths.forEach(p -> imports.add(GoText.quote(p)));
    // Blank lines never come in twos, nor at the end, in gofmt's output; sections of a template may each add one.
    return templates.render(template, view.apply(new Views.Header(packageName, imports))).replaceAll("\n{3,}", "\n\n")
        .replaceAll("\n+$", "\n");
  }

  /** The standard library packages generated code uses, by name. */
  static String standard(String name) {
    return switch (name) {
      case "context" -> "context";
      case "json" -> "encoding/json";
      case "io" -> "io";
      case "iter" -> "iter";
      case "time" -> "time";
      case "http" -> "net/http";
      case "httptest" -> "net/http/httptest";
      case "fmt" -> "fmt";
      case "strings" -> "strings";
      case "slog" -> "log/slog";
      default -> null;
    };
  }

  /** A line without the contents of its string literals, which may look like code. */
  private static String stripStrings(String line) {
    return line.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
  }
}
