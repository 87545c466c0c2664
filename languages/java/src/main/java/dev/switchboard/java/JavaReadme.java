package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.plan.ResourceTree;
import dev.switchboard.core.plan.TreeRoute;
import dev.switchboard.core.readme.Call;
import dev.switchboard.core.readme.Readme;
import dev.switchboard.core.readme.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Prints core's {@link Readme} in Java: the Maven dependency, the client builder's settings and each call. */
final class JavaReadme implements Section.Visitor<JavaReadme.SectionView> {
  /** {@code README.md}: core's sections in its order, each with the Java of its one kind. */
  record View(String title, String description, String clientClass, String clientSimpleName,
      List<SectionView> sections) {}

  /** A section; exactly one of the kind views is set, the others are null. */
  record SectionView(String heading, List<String> prose, Install installation, SetUp setUp, Auth authentication,
      Rows serverVariables, Code regions, Usage usage, Code pagination, Code errors, Code webhooks,
      Operations operations, Code publishing) {}

  record Install(String groupId, String artifactId, String version) {}

  /**
   * {@code code}: a client and one call; {@code settings}: the builder with other settings;
   * {@code loggerName}: the {@code System.Logger} the runtime logs requests to (the root package).
   */
  record SetUp(String code, String settings, String baseUrlVariable, String loggerName) {}

  record Auth(List<Row> credentials, String code) {}

  /** {@code name} is Markdown (code spans included). */
  record Row(String name, String environment, String description) {}

  record Rows(List<Row> variables) {}

  /** A section's code block (Java, without the fence). */
  record Code(String code) {}

  /** {@code accessors}: the resource accessors, joined for a sentence. */
  record Usage(String accessors) {}

  record Operations(List<ResourceSection> resources) {}

  record ResourceSection(String heading, String description, List<OperationView> operations) {}

  record OperationView(String call, String summary, boolean deprecated, String code) {}

  /**
   * A method as its class prints it, and how a caller reaches that class: the receiver of the
   * call, given how to spell each path value it takes (by wire name).
   */
  private record Printed(ResourceModel.Method method, Function<Function<String, String>, String> receiver) {}

  private final JavaOptions options;
  private final ClassName client;
  private final JavaExamples examples;
  private final Map<String, Printed> printed = new HashMap<>();
  private final List<String> accessors = new ArrayList<>();

  JavaReadme(JavaOptions options, ClientGenerator client, JavaTypes types, Map<Resource, ResourceModel> flat,
      TreeGenerator tree, ResourceTree resourceTree) {
    this.options = options;
    this.client = client.client();
    this.examples = new JavaExamples(types);
    accessors.addAll(client.roots().values());
    accessors.addAll(client.shortcuts().values());
    accessors.addAll(client.accessors().values());
    flat.forEach((resource, model) -> model.methods().forEach(m -> printed.put(m.operation().id(),
        new Printed(m, value -> "client." + client.accessors().get(resource) + "()"))));
    for (TreeGenerator.TreeClass treeClass : tree.classes()) {
      for (ResourceModel.Method m : treeClass.model().methods()) {
        TreeRoute route = resourceTree.route(m.operation().id()).orElseThrow();
        printed.put(m.operation().id(), new Printed(m, value -> tree.receiver(client, route, m, value)));
      }
    }
  }

  View view(Readme readme) {
    return new View(readme.title(), readme.description(), client.canonicalName(), client.simpleName(),
        readme.sections().stream().map(section -> section.accept(this)).toList());
  }

  @Override
  public SectionView installation(Section.Installation section) {
    return new SectionView(section.heading(), section.prose(),
        new Install(options.groupId(), options.artifactId(), options.version()),
        null, null, null, null, null, null, null, null, null, null);
  }

  @Override
  public SectionView setUp(Section.SetUp section) {
    String name = client.simpleName();
    String code = name + " client = " + name + ".fromEnv();" + section.example().map(c -> "\n" + call(c)).orElse("");
    String settings = name + " client = " + name + ".builder()\n    .timeout(Duration.ofSeconds(30))\n    .maxRetries(3)\n"
        + "    .build();";
    return new SectionView(section.heading(), section.prose(), null, new SetUp(code, settings, section.baseUrlVariable(), options.rootPackage()),
        null, null, null, null, null, null, null, null, null);
  }

  @Override
  public SectionView authentication(Section.Authentication section) {
    List<Row> rows = section.credentials().stream().map(c -> new Row(
        "`" + JavaSymbols.member(c.scheme()) + "(…)` `" + JavaSymbols.member(c.name()) + "`", c.environment(),
        c.description())).toList();
    List<Section.Credential> first = section.firstScheme();
    String arguments = first.stream().map(c -> "System.getenv(" + JavaLiteral.of(c.environment()) + ")")
        .collect(Collectors.joining(", "));
    String code = client.simpleName() + " client = " + client.simpleName() + ".builder()\n    ."
        + JavaSymbols.member(first.get(0).scheme()) + "(" + arguments + ")\n    .build();";
    return new SectionView(section.heading(), section.prose(), null, null, new Auth(rows, code), null, null, null, null,
        null, null, null, null);
  }

  @Override
  public SectionView serverVariables(Section.ServerVariables section) {
    List<Row> rows = section.variables().stream()
        .map(v -> new Row("`" + JavaSymbols.member(v.name()) + "(…)`", "", v.text())).toList();
    return new SectionView(section.heading(), section.prose(), null, null, null, new Rows(rows), null, null, null, null,
        null, null, null);
  }

  @Override
  public SectionView regions(Section.Regions section) {
    String code = client.simpleName() + " client = " + client.simpleName() + ".builder()\n    ."
        + JavaSymbols.member(section.rewrite().regionOption()) + "(" + JavaLiteral.of(section.exampleRegion()) + ")\n    ."
        + JavaSymbols.member(section.rewrite().edgeOption()) + "(" + JavaLiteral.of(section.exampleEdge()) + ")\n"
        + "    .build();";
    return new SectionView(section.heading(), section.prose(), null, null, null, null, new Code(code), null, null, null,
        null, null, null);
  }

  @Override
  public SectionView usage(Section.Usage section) {
    String list = accessors.stream().map(a -> "`client." + a + "()`").collect(Collectors.joining(", "));
    return new SectionView(section.heading(), section.prose(), null, null, null, null, null, new Usage(list), null,
        null, null, null, null);
  }

  @Override
  public SectionView pagination(Section.Pagination section) {
    String code = call(section.example()) + "\nfor (var item : page.autoPager()) {\n  System.out.println(item);\n}";
    return new SectionView(section.heading(), section.prose(), null, null, null, null, null, null, new Code(code), null,
        null, null, null);
  }

  @Override
  public SectionView errors(Section.Errors section) {
    String tried = section.example().map(this::call).orElse("client.toString();").replaceAll("(?m)^", "  ");
    String code = "try {\n" + tried + "\n} catch (NotFoundException e) {\n  System.out.println(e.getMessage());\n"
        + "} catch (ApiStatusException e) {\n  System.out.println(e.getMessage());\n}";
    return new SectionView(section.heading(), section.prose(), null, null, null, null, null, null, null, new Code(code),
        null, null, null);
  }

  @Override
  public SectionView webhooks(Section.Webhooks section) {
    boolean urlForm = section.signature().signs().equals("url-form");
    String code = "Webhooks.verify(WebhookRequest.builder()\n    .secret(System.getenv(\"WEBHOOK_SECRET\"))\n"
        + "    .headers(headers)\n" + (urlForm ? "    .url(url)\n    .params(formFields)\n" : "    .body(rawBody)\n")
        + "    .build());";
    return new SectionView(section.heading(), section.prose(), null, null, null, null, null, null, null, null,
        new Code(code), null, null);
  }

  @Override
  public SectionView publishing(Section.Publishing section) {
    return new SectionView(section.heading(), section.prose(), null, null, null, null, null, null, null, null, null,
        null, new Code("""
            mvn -B deploy -Prelease    # signed, with sources and javadoc; another repository: -DaltDeploymentRepository=id::url"""));
  }

  @Override
  public SectionView operations(Section.Operations section) {
    List<ResourceSection> resources = section.resources().stream().map(r -> new ResourceSection(r.title(),
        r.description(), r.calls().stream().map(c -> new OperationView(method(c), c.summary(), c.deprecated(), call(c)))
            .toList())).toList();
    return new SectionView(section.heading(), section.prose(), null, null, null, null, null, null, null, null, null,
        new Operations(resources), null);
  }

  /** The call as a heading: its receiver with the names of the path values it takes. */
  private String method(Call call) {
    Printed method = printed.get(call.operation());
    Map<String, String> names = new HashMap<>();
    method.method().inputs().bound().forEach(p -> names.put(p.parameter().name().wire(), p.name()));
    return method.receiver().apply(names::get) + "." + method.method().name();
  }

  private String call(Call call) {
    Printed method = printed.get(call.operation());
    return examples.invoke(method.receiver().apply(wire -> examples.pathValue(call, wire)), method.method(), call);
  }
}
