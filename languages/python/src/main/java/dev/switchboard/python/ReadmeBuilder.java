package dev.switchboard.python;

import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.readme.Call;
import dev.switchboard.core.readme.Readme;
import dev.switchboard.core.readme.Section;
import dev.switchboard.python.OperationPlan.Argument;
import dev.switchboard.python.ResourceBuilder.ResourceNames;
import dev.switchboard.python.view.ProjectView;
import dev.switchboard.python.view.ReadmeView;
import dev.switchboard.python.view.ReadmeView.SectionView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Prints core's {@link Readme} in Python: the install command, the client's settings and each call. */
final class ReadmeBuilder implements Section.Visitor<SectionView> {
  /**
   * An operation as its module prints it: how the client reaches its resource, in a heading and
   * in code at column 0 ({@code client.messages(sid)}, {@code client.messages("SM…")}), and the method.
   */
  private record Printed(String heading, String access, String variable, OperationPlan method) {}

  private final PyTypes types;
  private final ProjectView project;
  private final PyExamples examples;
  private final Map<String, Printed> printed = new HashMap<>();
  private ReadmeView.Tree tree;

  /** {@code methods} are each resource's methods as its module prints them. */
  ReadmeBuilder(PyTypes types, ProjectView project, Map<Resource, ResourceNames> resources,
      Map<Resource, Map<Operation, OperationPlan>> methods) {
    this.types = types;
    this.project = project;
    this.examples = new PyExamples(types);
    resources.forEach((resource, names) -> methods.get(resource).forEach((operation, method) -> printed.put(operation.id(),
        new Printed("client." + names.attribute(), "client." + names.attribute(), names.attribute(), method))));
  }

  /** Also the operations the tree's resources print ({@code tree}), reached as {@code routes} say. */
  ReadmeBuilder withTree(Map<String, OperationPlan> tree, TreeRoutes routes) {
    String example = "";
    // The raw-response example: the method with a plain value whose resource takes the most keys.
    Printed raw = null;
    for (Map.Entry<String, OperationPlan> entry : tree.entrySet()) {
      TreeRoutes.Access access = routes.access(entry.getKey(), 0).orElseThrow();
      Printed method = new Printed(access.heading(), access.code(), access.variable(), entry.getValue());
      printed.put(entry.getKey(), method);
      if (keys(access.heading()) > keys(example)) {
        example = access.heading();
      }
      if (entry.getValue().hasRawResponse() && (raw == null || keys(access.heading()) > keys(raw.heading()))) {
        raw = method;
      }
    }
    String rawExample = raw == null ? null : raw.heading() + ".with_raw_response." + raw.method().method() + "(...)";
    this.tree = new ReadmeView.Tree(example, routes.shortcut().orElse(null), rawExample);
    return this;
  }

  private static int keys(String access) {
    return access.split("\\(", -1).length - 1;
  }

  ReadmeView build(Readme readme) {
    return new ReadmeView(readme.title(), readme.description(), project.packageName(),
        readme.sections().stream().map(section -> section.accept(this)).toList());
  }

  @Override
  public SectionView installation(Section.Installation section) {
    return new SectionView(section.heading(), section.prose(),
        new ReadmeView.Installation(project.distributionName(), project.version()),
        null, null, null, null, null, null, null, null, null, null);
  }

  @Override
  public SectionView setUp(Section.SetUp section) {
    String setup = "client = Client()" + section.example().map(call -> "\n" + code(call, 0)).orElse("");
    return new SectionView(section.heading(), section.prose(), null,
        new ReadmeView.SetUp(setup, settings(), section.baseUrlVariable()), null, null, null, null, null, null, null, null, null);
  }

  /** A client with settings other than credentials. */
  private String settings() {
    return PyCode.wrap(0, "client = Client(", List.of("timeout=30.0", "max_retries=3"), ")", 0);
  }

  @Override
  public SectionView authentication(Section.Authentication section) {
    List<ReadmeView.Row> rows = section.credentials().stream().map(c -> new ReadmeView.Row(
        PythonSymbols.parameter(c.name()), c.environment(), c.description())).toList();
    List<String> arguments = section.firstScheme().stream().map(c -> PythonSymbols.parameter(c.name())
        + "=os.environ[" + PyText.literal(c.environment()) + "]").toList();
    String code = PyCode.wrap(0, "client = Client(", arguments, ")", 0);
    return new SectionView(section.heading(), section.prose(), null, null, new ReadmeView.Authentication(rows, code), null,
        null, null, null, null, null, null, null);
  }

  @Override
  public SectionView serverVariables(Section.ServerVariables section) {
    List<ReadmeView.Row> rows = section.variables().stream()
        .map(v -> new ReadmeView.Row(PythonSymbols.parameter(v.name()), "", v.text())).toList();
    return new SectionView(section.heading(), section.prose(), null, null, null, new ReadmeView.ServerVariables(rows),
        null, null, null, null, null, null, null);
  }

  @Override
  public SectionView regions(Section.Regions section) {
    String code = PyCode.wrap(0, "client = Client(", List.of(
        PythonSymbols.parameter(section.rewrite().regionOption()) + "=" + PyText.literal(section.exampleRegion()),
        PythonSymbols.parameter(section.rewrite().edgeOption()) + "=" + PyText.literal(section.exampleEdge())), ")", 0);
    return new SectionView(section.heading(), section.prose(), null, null, null, null, new ReadmeView.Regions(code),
        null, null, null, null, null, null);
  }

  @Override
  public SectionView usage(Section.Usage section) {
    return new SectionView(section.heading(), section.prose(), null, null, null, null, null,
        new ReadmeView.Usage(section.inputModels(), openInput().orElse(null), tree), null, null, null, null, null);
  }

  private Optional<ReadmeView.OpenInput> openInput() {
    return types.firstOpenInputModel()
        .map(id -> new ReadmeView.OpenInput(types.name(id), types.paramName(id).orElseThrow()));
  }

  @Override
  public SectionView pagination(Section.Pagination section) {
    return new SectionView(section.heading(), section.prose(), null, null, null, null, null, null,
        new ReadmeView.Pagination(code(section.example(), 0)), null, null, null, null);
  }

  @Override
  public SectionView errors(Section.Errors section) {
    String call = section.example().map(c -> code(c, 4)).orElse("print(client.base_url)");
    return new SectionView(section.heading(), section.prose(), null, null, null, null, null, null, null,
        new ReadmeView.Errors(project.baseError(), call), null, null, null);
  }

  @Override
  public SectionView webhooks(Section.Webhooks section) {
    List<String> arguments = new ArrayList<>(List.of("secret=os.environ[\"WEBHOOK_SECRET\"]", "headers=request.headers"));
    arguments.add(section.signature().signs().equals("url-form") ? "url=request.url" : "body=request.body");
    if (section.signature().signs().equals("url-form")) {
      arguments.add("params=request.form");
    }
    String code = PyCode.wrap(0, "webhooks.verify(", arguments, ")", 0);
    return new SectionView(section.heading(), section.prose(), null, null, null, null, null, null, null, null,
        new ReadmeView.Webhooks(code), null, null);
  }

  @Override
  public SectionView publishing(Section.Publishing section) {
    return new SectionView(section.heading(), section.prose(), null, null, null, null, null, null, null, null, null,
        null, new ReadmeView.Publishing("""
            python -m pip install build twine
            python -m build                  # the sdist and the wheel, in dist/
            python -m twine upload dist/*    # another index: --repository-url URL"""));
  }

  @Override
  public SectionView operations(Section.Operations section) {
    List<ReadmeView.ResourceSection> resources = section.resources().stream().map(r -> new ReadmeView.ResourceSection(
        r.title(), r.description(), r.calls().stream().map(call -> new ReadmeView.OperationExample(
            method(call), call.summary(), call.deprecated(), code(call, 0))).toList())).toList();
    return new SectionView(section.heading(), section.prose(), null, null, null, null, null, null, null, null, null,
        new ReadmeView.Operations(resources), null);
  }

  private String method(Call call) {
    Printed method = printed.get(call.operation());
    return method.heading() + "." + method.method().method();
  }

  /**
   * The example call laid out to start at column {@code indent}, each required argument given the
   * value of core's example (the plan's, which the method's arguments carry in Python order).
   */
  private String code(Call call, int indent) {
    Printed printed = this.printed.get(call.operation());
    OperationPlan plan = printed.method();
    List<String> arguments = new ArrayList<>();
    for (Argument argument : plan.arguments()) {
      if (argument.example().isPresent()) {
        String prefix = argument.positional() ? "" : argument.name() + "=";
        arguments.add(examples.of(argument.example().orElseThrow(), indent + 4, prefix));
      }
    }
    String method = printed.access() + "." + plan.method();
    String code = statement(plan, method, arguments, indent);
    if (!fluent(method) || fits(code, indent)) {
      return code;
    }
    // ruff would lay a long chain of calls out one call a line; the resource in a variable keeps the call short.
    String variable = printed.variable();
    return variable + " = " + printed.access() + "\n" + " ".repeat(indent)
        + statement(plan, variable + "." + plan.method(), arguments, indent);
  }

  /** Whether ruff lays out {@code chain} one call a line when it is too long: two attributes read from calls. */
  private static boolean fluent(String chain) {
    return chain.split("\\)\\.", -1).length - 1 >= 2;
  }

  private static boolean fits(String code, int indent) {
    String first = code.lines().findFirst().orElse("");
    return !first.endsWith("(") && indent + PyCode.width(first) <= PyCode.LINE_LENGTH;
  }

  private static String statement(OperationPlan plan, String method, List<String> arguments, int indent) {
    String pad = "\n" + " ".repeat(indent);
    return switch (plan.shape()) {
      case VALUE -> PyCode.wrap(indent, "result = " + method + "(", arguments, ")", 0) + pad + "print(result)";
      case NONE -> PyCode.wrap(indent, method + "(", arguments, ")", 0);
      case DELETED -> PyCode.wrap(indent, "deleted = " + method + "(", arguments, ")", 0) + pad + "print(deleted)";
      case PAGER -> PyCode.wrap(indent, "for item in " + method + "(", arguments, ")", 1) + ":" + pad + "    print(item)";
      case EVENTS -> PyCode.wrap(indent, "for event in " + method + "(", arguments, ")", 1) + ":" + pad + "    print(event)";
      case BINARY -> PyCode.wrap(indent, "with " + method + "(", arguments, ")", 11) + " as response:" + pad
          + "    content = response.read()";
    };
  }
}
