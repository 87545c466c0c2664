package dev.switchboard.golang;

import dev.switchboard.core.readme.Readme;
import dev.switchboard.core.readme.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The README every SDK prints, from core's outline and prose, with the Go of installing the module
 * and making a client.
 */
final class ReadmeFile {
  /** A struct literal of an exported type, or the optional helpers, not already qualified. */
  private static final java.util.regex.Pattern PACKAGE_NAMES =
      java.util.regex.Pattern.compile("(?<![.\\w\"])([A-Z]\\w*\\{|Some\\(|Null\\[)");
  private final String module;
  private final String packageName;
  private final List<Views.Example> examples;

  ReadmeFile(String module, String packageName, List<Views.Example> examples) {
    this.module = module;
    this.packageName = packageName;
    this.examples = List.copyOf(examples);
  }

  Views.Readme view(Readme readme) {
    List<Views.ReadmeSection> sections = new ArrayList<>();
    for (Section section : readme.sections()) {
      List<String> prose = section instanceof Section.Operations && !examples.isEmpty()
          ? List.of("Every operation, as `example_test.go` calls it (`go test` runs each example against a stub server):")
          : section.prose();
      sections.add(new Views.ReadmeSection(section.heading(), prose, code(section)));
    }
    List<String> description = readme.description().isBlank() ? List.of() : List.of(readme.description());
    return new Views.Readme(readme.title(), description, module, packageName, module, sections);
  }

  private String code(Section section) {
    if (section instanceof Section.Installation) {
      return "```sh\ngo get " + module + "\n```";
    }
    if (section instanceof Section.SetUp) {
      return "```go\nimport \"" + module + "\"\n\nclient := " + packageName + ".NewClient()\n```";
    }
    if (section instanceof Section.Operations && !examples.isEmpty()) {
      return operations();
    }
    return null;
  }

  /** A line of an example, whose package's own names a README reader writes with the package's name. */
  private String qualified(String line) {
    return PACKAGE_NAMES.matcher(line).replaceAll(packageName + ".$1");
  }

  /** Each example's calls, after the lines that make its stub client, with one context for all. */
  private String operations() {
    StringBuilder code = new StringBuilder("```go\nctx := context.Background()\n");
    for (Views.Example example : examples) {
      code.append("\n// ").append(example.name().replaceFirst("^Example", "").replace('_', '.')).append('\n');
      example.body().stream().skip(2).forEach(line -> code.append(qualified(line.replace("context.Background()", "ctx")))
          .append('\n'));
    }
    return code.append("```").toString();
  }
}
