package dev.switchboard.java;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.render.TemplateEngine;
import java.util.Map;

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

  private final Api api;
  private final JavaOptions options;
  private final TemplateEngine templates;

  ProjectFiles(Api api, JavaOptions options, TemplateEngine templates) {
    this.api = api;
    this.options = options;
    this.templates = templates;
  }

  String pom() {
    String license = api.info().license().orElse(options.licenseName().orElse("Proprietary"));
    String url = options.url().orElse("https://example.com/" + options.artifactId());
    PomView view = new PomView(xml(options.groupId()), xml(options.artifactId()), xml(options.version()),
        xml(api.info().title() + " Java SDK"), xml(summary()), xml(url), xml(options.scmUrl().orElse(url + ".git")),
        xml(license), xml(options.licenseUrl().orElse(LICENSE_URLS.getOrDefault(license, url))),
        xml(options.developerName().orElse(api.info().title())), JACKSON_VERSION);
    return templates.render("pom.xml.mustache", view);
  }

  private String summary() {
    return api.info().docs().summary().or(() -> api.info().docs().description()).orElse(api.info().title()).strip();
  }

  static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").replace("\n", " ");
  }
}
