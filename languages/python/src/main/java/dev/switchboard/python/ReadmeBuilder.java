package dev.switchboard.python;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.plan.PagingDocs;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanAuth;
import dev.switchboard.core.plan.PlanServer;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.text.HtmlReader;
import dev.switchboard.core.text.Markdown;
import dev.switchboard.python.OperationPlan.Argument;
import dev.switchboard.python.ResourceBuilder.ResourceNames;
import dev.switchboard.python.view.ProjectView;
import dev.switchboard.python.view.ReadmeView;
import dev.switchboard.python.view.ReadmeView.OperationExample;
import dev.switchboard.python.view.ReadmeView.PagingExample;
import dev.switchboard.python.view.ReadmeView.ResourceSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the README: installation, set-up, and one example call for every operation. */
final class ReadmeBuilder {
  private final Api api;
  private final Plan plan;
  /** The first paged operation's example, for the pagination section. */
  private Optional<PagingExample> paging = Optional.empty();
  /** The first operation's example laid out at column 4, for the errors section's try block. */
  private String firstExample;
  private final PyExamples examples;

  ReadmeBuilder(Api api, Plan plan, PyTypes types) {
    this.api = api;
    this.plan = plan;
    this.examples = new PyExamples(types);
  }

  /** {@code methods} are each resource's methods as its module prints them. */
  ReadmeView build(ProjectView project, Map<Resource, ResourceNames> resources,
      Map<Resource, Map<Operation, OperationPlan>> methods) {
    List<ResourceSection> sections = new ArrayList<>();
    resources.forEach((resource, names) -> sections.add(section(resource, names, methods.get(resource))));
    String first = firstExample != null ? firstExample : "print(client.base_url)";
    return new ReadmeView(
        Markdown.line(api.info().title()),
        api.info().docs().text().map(HtmlReader::plainText).map(Markdown::line).orElse(""),
        project.distributionName(), project.packageName(), project.version(), project.baseError(),
        credentials(), serverVariables(),
        plan.identity().baseUrlVariable(),
        setupArguments(), first, sections, paging.stream().toList());
  }

  private List<String> credentials() {
    List<String> lines = new ArrayList<>();
    for (PlanAuth scheme : plan.auth()) {
      for (PlanAuth.Credential credential : scheme.credentials()) {
        lines.add("| `" + PythonSymbols.parameter(credential.name()) + "` | `" + credential.environment() + "` | "
            + Markdown.line(scheme.description().map(HtmlReader::plainText).orElse(kind(scheme))) + " |");
      }
    }
    return lines;
  }

  private static String kind(PlanAuth scheme) {
    return switch (scheme.type()) {
      case BASIC -> "HTTP basic authentication";
      case BEARER -> "Bearer token";
      case API_KEY -> scheme.apiKey().map(key -> "API key, sent in the " + key.in() + " " + key.name()).orElseThrow();
      case OAUTH2_CLIENT_CREDENTIALS -> "OAuth 2 client credentials";
    };
  }

  private List<String> serverVariables() {
    List<String> lines = new ArrayList<>();
    for (PlanServer.Variable variable : plan.defaultServer().map(PlanServer::variables).orElse(List.of())) {
      String allowed = variable.allowedValues().isEmpty() ? ""
          : ", one of " + Markdown.line(String.join(", ", variable.allowedValues()));
      lines.add("- `" + PythonSymbols.parameter(variable.name()) + "`: default " + Markdown.line(variable.defaultValue())
          + allowed);
    }
    return lines;
  }

  private String setupArguments() {
    List<String> arguments = new ArrayList<>();
    plan.auth().stream().findFirst().ifPresent(scheme -> scheme.credentials().forEach(c ->
        arguments.add(PythonSymbols.parameter(c.name()) + "=os.environ[" + PyText.literal(c.environment()) + "]")));
    arguments.add("timeout=30.0");
    arguments.add("max_retries=3");
    return PyCode.wrap(0, "client = Client(", arguments, ")", 0);
  }

  private ResourceSection section(Resource resource, ResourceNames names, Map<Operation, OperationPlan> methods) {
    List<OperationExample> operations = new ArrayList<>();
    for (Map.Entry<Operation, OperationPlan> entry : methods.entrySet()) {
      Operation operation = entry.getKey();
      OperationPlan printed = entry.getValue();
      String call = "client." + names.attribute() + "." + printed.method();
      String summary = operation.docs().summary().or(() -> operation.docs().description())
          .map(HtmlReader::plainText).map(Markdown::line).orElse(operation.method() + " " + Markdown.line(operation.path()));
      operations.add(new OperationExample(call, summary, operation.docs().deprecated(), code(call, printed)));
      if (firstExample == null) {
        firstExample = code(call, printed, 4);
      }
      if (printed.shape() == OperationPlan.Shape.PAGER && paging.isEmpty()) {
        paging = operation.pagination().map(p -> new PagingExample(PagingDocs.describe(p), code(call, printed)));
      }
    }
    String description = Markdown.line(Docstrings.text(resource.docs()));
    return new ResourceSection(Markdown.line(Case.pascal(resource.name().words())), description, operations);
  }

  private String code(String call, OperationPlan plan) {
    return code(call, plan, 0);
  }

  /** The example call, laid out to start at column {@code indent} (the first one also goes in a try block). */
  private String code(String call, OperationPlan plan, int indent) {
    List<String> arguments = new ArrayList<>();
    for (Argument argument : plan.arguments()) {
      if (argument.required()) {
        String prefix = argument.positional() ? "" : argument.name() + "=";
        arguments.add(examples.of(argument.example().orElseThrow(), indent + 4, prefix));
      }
    }
    String pad = "\n" + " ".repeat(indent);
    return switch (plan.shape()) {
      case VALUE -> PyCode.wrap(indent, "result = " + call + "(", arguments, ")", 0) + pad + "print(result)";
      case NONE -> PyCode.wrap(indent, call + "(", arguments, ")", 0);
      case PAGER -> PyCode.wrap(indent, "for item in " + call + "(", arguments, ")", 1) + ":" + pad + "    print(item)";
      case EVENTS -> PyCode.wrap(indent, "for event in " + call + "(", arguments, ")", 1) + ":" + pad + "    print(event)";
      case BINARY -> PyCode.wrap(indent, "with " + call + "(", arguments, ")", 11) + " as response:" + pad
          + "    content = response.read()";
    };
  }
}
