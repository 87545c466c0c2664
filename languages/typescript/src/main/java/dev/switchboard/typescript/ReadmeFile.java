package dev.switchboard.typescript;

import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Response;
import dev.switchboard.core.ir.SecurityScheme;
import dev.switchboard.core.text.HtmlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code README.md}: installation, set-up and one example for every operation. */
final class ReadmeFile {
  private static final String SAFE_TEXT = "[A-Za-z0-9 .,:()'/-]+";
  private final SdkModel model;
  private final String packageName;
  private final ExampleValues examples;

  ReadmeFile(SdkModel model, String packageName) {
    this.model = model;
    this.packageName = packageName;
    this.examples = new ExampleValues(model);
  }

  Views.Readme view(String clientProperty, Map<String, String> credentialOptions, String baseURLEnv,
      List<ResourceSection> resources) {
    String title = model.api.info().title().matches(SAFE_TEXT) ? "the " + model.api.info().title() : "this API";
    List<String> credentials = new ArrayList<>();
    for (SecurityScheme scheme : model.api.securitySchemes()) {
      for (SecurityScheme.Credential credential : scheme.credentials()) {
        String line = "`" + credentialOptions.get(credential.environmentVariable()) + "`: environment variable `"
            + credential.environmentVariable() + "`";
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
    return new Views.Readme(packageName, title, model.symbols.clientClass(), clientProperty,
        !credentials.isEmpty(), credentials, baseURLEnv, sections, !pagination.isEmpty(), pagination,
        model.camelCase, model.types.bigint());
  }

  /** Iterating and paging through the first list operation; empty when there is none. */
  private String paginationExample(List<ResourceSection> resources) {
    for (ResourceSection resource : resources) {
      for (ResourceFile.MethodModel method : resource.methods()) {
        if (method.operation.pagination().isPresent()) {
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
      out.append(examples.entry(2, TsSymbols.propertyKey(param.name()), param.type()));
    }
    return out.append("}").toString();
  }

  private static String variable(ResourceFile.MethodModel method) {
    if (method.operation.pagination().isPresent()) {
      return "page";
    }
    Optional<Response.ResponseContent> content = method.operation.successResponse().flatMap(Response::content);
    if (content.isEmpty()) {
      return "";
    }
    return content.get().kind() == MediaKind.EVENT_STREAM ? "stream"
        : content.get().kind() == MediaKind.BINARY ? "response" : "result";
  }
}
