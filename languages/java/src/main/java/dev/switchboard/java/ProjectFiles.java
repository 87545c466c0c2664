package dev.switchboard.java;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.render.TemplateEngine;
import java.util.Map;
import java.util.Optional;

/** pom.xml, rendered from a template with a view computed (and escaped) here. */
final class ProjectFiles {
  static final String JACKSON_VERSION = "2.21.3";
  private static final Map<String, String> LICENSE_URLS = Map.of(
      "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0.txt",
      "MIT", "https://opensource.org/licenses/MIT",
      "BSD-3-Clause", "https://opensource.org/licenses/BSD-3-Clause");

  /** What pom.xml shows; every value is XML-escaped. */
  record PomView(String groupId, String artifactId, String version, String name, String description, String url,
      String scmUrl, String licenseName, String licenseUrl, String developerName, String jacksonVersion) {}

  /** What the POM says of the SDK: its title, one line about it and the spec's licence, if any. */
  record Project(String title, String summary, Optional<String> license) {
    static Project of(Api api) {
      String summary = api.info().docs().summary().or(() -> api.info().docs().description()).orElse(api.info().title());
      return new Project(api.info().title(), summary.strip(), api.info().license());
    }
  }

  private final Project project;
  private final JavaOptions options;
  private final TemplateEngine templates;

  ProjectFiles(Project project, JavaOptions options, TemplateEngine templates) {
    this.project = project;
    this.options = options;
    this.templates = templates;
  }

  String pom() {
    String license = project.license().orElse(options.licenseName().orElse("Proprietary"));
    String url = options.url().orElse("https://example.com/" + options.artifactId());
    PomView view = new PomView(xml(options.groupId()), xml(options.artifactId()), xml(options.version()),
        xml(project.title() + " Java SDK"), xml(project.summary()), xml(url), xml(options.scmUrl().orElse(url + ".git")),
        xml(license), xml(options.licenseUrl().orElse(LICENSE_URLS.getOrDefault(license, url))),
        xml(options.developerName().orElse(project.title())), JACKSON_VERSION);
    return templates.render("pom.xml.mustache", view);
  }

  static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").replace("\n", " ");
  }
}
