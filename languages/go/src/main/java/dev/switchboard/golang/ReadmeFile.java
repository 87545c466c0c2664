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
  private static final String ITEMS_LOOP = "for _, err := range ";
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
          : section instanceof Section.Pagination && pagesCall().isPresent() ? withPages(section.prose()) : section.prose();
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
    if (section instanceof Section.Pagination) {
      return pagesCall().map(call -> "```go\nfor page, err := range " + call + " {\n\tif err != nil {\n\t\treturn err\n\t}\n"
          + "\tfmt.Println(len(page.Items), page.Response.StatusCode, page.NextURL)\n}\n```").orElse(null);
    }
    return null;
  }

  private static List<String> withPages(List<String> prose) {
    List<String> all = new ArrayList<>(prose);
    all.add("A list method yields the items, as an `iter.Seq2[T, error]`; its `...Pages` twin, with the same inputs, "
        + "yields whole pages, as an `iter.Seq2[*core.Page[T], error]`: each page's `Items`, the HTTP `Response` it came "
        + "in, its JSON `Body`, its `URL` and the `NextURL` (empty on the last page). With an item limit, it stops after "
        + "the page that reaches it.");
    return all;
  }

  /** The first list operation's call as its pages method, as a README reader writes it. */
  private java.util.Optional<String> pagesCall() {
    return examples.stream().filter(Views.Example::paged).flatMap(e -> e.body().stream())
        .filter(line -> line.startsWith(ITEMS_LOOP)).findFirst()
        .map(line -> qualified(line.substring(ITEMS_LOOP.length(), line.length() - " {".length())
            .replace("context.Background()", "ctx").replaceFirst("\\.(\\w+)\\(ctx\\b", ".$1Pages(ctx")));
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
