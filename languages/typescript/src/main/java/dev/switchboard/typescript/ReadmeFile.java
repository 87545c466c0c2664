package dev.switchboard.typescript;

import dev.switchboard.core.plan.PagingDocs;
import dev.switchboard.core.plan.PlanAuth;
import dev.switchboard.core.plan.Result;
import dev.switchboard.core.text.HtmlReader;
import dev.switchboard.core.text.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code README.md}: installation, set-up and one example for every operation. */
final class ReadmeFile {
  private final SdkModel model;
  private final String packageName;
  private final TsExamples examples;

  ReadmeFile(SdkModel model, String packageName) {
    this.model = model;
    this.packageName = packageName;
    this.examples = new TsExamples(model);
  }

  Views.Readme view(String clientProperty, Map<String, String> credentialOptions, String baseURLEnv,
      List<ResourceSection> resources) {
    String title = model.api.info().title().isBlank() ? "this API" : "the " + Markdown.line(model.api.info().title());
    List<String> credentials = new ArrayList<>();
    for (PlanAuth scheme : model.plan.auth()) {
      for (PlanAuth.Credential credential : scheme.credentials()) {
        String line = "`" + credentialOptions.get(credential.environment()) + "`: environment variable `"
            + credential.environment() + "`";
        if (!credentials.contains(line)) {
          credentials.add(line);
        }
      }
    }
    List<Views.ReadmeSection> sections = resources.stream()
        .map(r -> new Views.ReadmeSection("`" + clientProperty + "." + r.property() + "`",
            r.methods().stream().map(m -> new Views.ReadmeExample(example(r.property(), m))).toList()))
        .toList();
    String pagination = paginationExample(resources);
    String how = resources.stream().flatMap(r -> r.methods().stream())
        .flatMap(m -> m.operation.pagination().stream()).findFirst().map(PagingDocs::describe).orElse("");
    return new Views.Readme(packageName, title, model.symbols.clientClass(), clientProperty,
        !credentials.isEmpty(), credentials, baseURLEnv, sections, !pagination.isEmpty(), pagination, how,
        model.camelCase, model.types.bigint());
  }

  /** Iterating and paging through the first list operation; empty when there is none. */
  private String paginationExample(List<ResourceSection> resources) {
    for (ResourceSection resource : resources) {
      for (ResourceFile.MethodModel method : resource.methods()) {
        if (method.result() instanceof Result.Paged) {
          String call = "client." + resource.property() + "." + method.name + "(" + arguments(method) + ")";
          return "for await (const item of " + call + ") {\n  console.log(item);\n}\n\n"
              + "const page = await " + call + ";\nconsole.log(page.items);\n"
              + "if (page.hasNextPage()) {\n  const next = await page.getNextPage();\n}\n";
        }
      }
    }
    return "";
  }

  /** A resource as the README lists it. */
  record ResourceSection(String property, List<ResourceFile.MethodModel> methods) {}

  private String example(String resource, ResourceFile.MethodModel method) {
    StringBuilder out = new StringBuilder();
    method.operation.docs().summary().or(() -> method.operation.docs().description())
        .map(HtmlReader::plainText).map(TsText::commentLines).flatMap(lines -> lines.stream().findFirst())
        .ifPresent(line -> out.append("// ").append(line).append('\n'));
    if (method.operation.docs().deprecated()) {
      out.append("// Deprecated.\n");
    }
    String call = "client." + resource + "." + method.name + "(" + arguments(method) + ");\n";
    String variable = variable(method);
    out.append(variable.isEmpty() ? "await " + call : "const " + variable + " = await " + call);
    return out.toString();
  }

  private String arguments(ResourceFile.MethodModel method) {
    List<ResourceFile.MethodModel.Param> required = method.params().stream()
        .filter(ResourceFile.MethodModel.Param::required).toList();
    if (required.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("{\n");
    for (ResourceFile.MethodModel.Param param : required) {
      out.append(examples.entry(2, TsSymbols.propertyKey(param.name()), param.example().orElseThrow()));
    }
    return out.append("}").toString();
  }

  private static String variable(ResourceFile.MethodModel method) {
    Result result = method.result();
    if (result instanceof Result.None) {
      return "";
    }
    return result instanceof Result.Paged ? "page" : result instanceof Result.Stream ? "stream"
        : result instanceof Result.Binary ? "response" : "result";
  }
}
