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
  private final String module;
  private final String packageName;

  ReadmeFile(String module, String packageName) {
    this.module = module;
    this.packageName = packageName;
  }

  Views.Readme view(Readme readme) {
    List<Views.ReadmeSection> sections = new ArrayList<>();
    for (Section section : readme.sections()) {
      sections.add(new Views.ReadmeSection(section.heading(), section.prose(), code(section)));
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
    return null;
  }
}
