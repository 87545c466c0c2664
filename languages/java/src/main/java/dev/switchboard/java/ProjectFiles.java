package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanAuth;
import dev.switchboard.core.render.TemplateEngine;
import dev.switchboard.core.text.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** pom.xml and README.md, rendered from templates with views computed (and escaped) here. */
final class ProjectFiles {
  static final String JACKSON_VERSION = "2.21.3";
  private static final Map<String, String> LICENSE_URLS = Map.of(
      "Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0.txt",
      "MIT", "https://opensource.org/licenses/MIT",
      "BSD-3-Clause", "https://opensource.org/licenses/BSD-3-Clause");

  /** What pom.xml shows; every value is XML-escaped. */
  record PomView(String groupId, String artifactId, String version, String name, String description, String url,
      String scmUrl, String licenseName, String licenseUrl, String developerName, String jacksonVersion) {}

  /** A security scheme and the variables it reads. */
  record CredentialView(String scheme, String variables) {}

  /** The builder call that passes a scheme's credentials. */
  record SchemeCallView(String method, String arguments) {}

  /** A resource accessor of the client. */
  record ResourceView(String accessor, boolean last) {}

  /** One resource's section of the README: its accessor and an example call of each operation. */
  record ReadmeSection(String heading, List<String> examples) {}

  /** What README.md shows. */
  record ReadmeView(String title, String summary, String groupId, String artifactId, String version,
      String clientClass, String clientSimpleName, List<CredentialView> credentials,
      List<SchemeCallView> firstScheme, List<ResourceView> resources, List<ReadmeSection> sections, List<PagingView> paging) {}

  /** How the first paged operation pages (a sentence from the plan) and a loop over its items, when it needs no input. */
  record PagingView(String how, String code) {}

  private final Api api;
  private final Plan plan;
  private final JavaOptions options;
  private final TemplateEngine templates;

  ProjectFiles(Api api, Plan plan, JavaOptions options, TemplateEngine templates) {
    this.api = api;
    this.plan = plan;
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

  String readme(ClassName client, Map<Resource, String> accessors, List<ReadmeSection> sections, List<PagingView> paging) {
    List<CredentialView> credentials = new ArrayList<>();
    List<SchemeCallView> first = new ArrayList<>();
    for (PlanAuth scheme : plan.auth()) {
      StringJoiner variables = new StringJoiner(" and ");
      StringJoiner arguments = new StringJoiner(", ");
      scheme.environment().forEach(variable -> {
        variables.add("`" + variable + "`");
        arguments.add("System.getenv(\"" + variable + "\")");
      });
      credentials.add(new CredentialView(Markdown.line(scheme.name().wire()), variables.toString()));
      if (first.isEmpty()) {
        first.add(new SchemeCallView(JavaSymbols.member(scheme.name()), arguments.toString()));
      }
    }
    List<ResourceView> resources = new ArrayList<>();
    List<Resource> all = api.resources();
    for (int i = 0; i < all.size(); i++) {
      resources.add(new ResourceView(accessors.get(all.get(i)), i == all.size() - 1));
    }
    ReadmeView view = new ReadmeView(Markdown.line(api.info().title()), Markdown.line(summary()), options.groupId(),
        options.artifactId(), options.version(), client.canonicalName(), client.simpleName(), credentials, first, resources,
        sections, paging);
    return templates.render("README.md.mustache", view);
  }

  private String summary() {
    return api.info().docs().summary().or(() -> api.info().docs().description()).orElse(api.info().title()).strip();
  }

  static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").replace("\n", " ");
  }
}
