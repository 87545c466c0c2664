package dev.switchboard.typescript;

import dev.switchboard.core.plan.Result;
import dev.switchboard.core.readme.Call;
import dev.switchboard.core.readme.Readme;
import dev.switchboard.core.readme.Section;
import dev.switchboard.typescript.Views.ReadmeSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prints core's {@link Readme} in TypeScript: the install command, the client's options and each call. */
final class ReadmeFile implements Section.Visitor<ReadmeSection> {
  /**
   * An operation as the client reaches it: {@code heading} names it ({@code client.calls.create},
   * {@code client.messages(sid).fetch}); {@code chain} is what its example writes after {@code
   * client}, each member ({@code .messages}) and call ({@code ('SM…')}) an item.
   */
  record Printed(String heading, List<String> chain, ResourceFile.MethodModel method) {
    /** A method of a resource the client holds at {@code property}. */
    static Printed flat(String property, ResourceFile.MethodModel method) {
      return new Printed("client." + property + "." + method.name, List.of("." + property, "." + method.name), method);
    }
  }

  private final SdkModel model;
  private final String packageName;
  private final ClientFile client;
  private final TsExamples examples;
  private final Map<String, Printed> printed = new HashMap<>();

  ReadmeFile(SdkModel model, String packageName, ClientFile client, List<Printed> operations) {
    this.model = model;
    this.packageName = packageName;
    this.client = client;
    this.examples = new TsExamples(model);
    operations.forEach(p -> printed.put(p.method().operation.id(), p));
  }

  Views.Readme view(Readme readme) {
    return new Views.Readme(readme.title(), readme.description(), packageName, model.symbols.clientClass(),
        readme.sections().stream().map(section -> section.accept(this)).toList());
  }

  @Override
  public ReadmeSection installation(Section.Installation section) {
    return new ReadmeSection(section.heading(), section.prose(), new Views.ReadmeInstall(packageName), null, null,
        null, null, null, null, null, null, null, null);
  }

  @Override
  public ReadmeSection setUp(Section.SetUp section) {
    String code = "const client = new " + model.symbols.clientClass() + "();\n"
        + section.example().map(this::statement).orElse("");
    return new ReadmeSection(section.heading(), section.prose(), null,
        new Views.ReadmeSetUp(code, section.baseUrlVariable()), null, null, null, null, null, null, null, null, null);
  }

  @Override
  public ReadmeSection authentication(Section.Authentication section) {
    List<Views.ReadmeRow> rows = section.credentials().stream().map(c -> new Views.ReadmeRow(
        client.credentialOptions().get(c.environment()), c.environment(), c.description())).toList();
    List<String> options = new ArrayList<>();
    section.firstScheme().forEach(c -> options.add(
        TsSymbols.propertyKey(client.credentialOptions().get(c.environment())) + ": '...'"));
    String code = "const authenticated = new " + model.symbols.clientClass() + objectLiteral(options) + ";\n";
    return new ReadmeSection(section.heading(), section.prose(), null, null, new Views.ReadmeAuth(rows, code), null,
        null, null, null, null, null, null, null);
  }

  @Override
  public ReadmeSection serverVariables(Section.ServerVariables section) {
    List<Views.ReadmeRow> rows = section.variables().stream()
        .map(v -> new Views.ReadmeRow(client.variableOptions().get(v.name().wire()), "", v.text())).toList();
    return new ReadmeSection(section.heading(), section.prose(), null, null, null, new Views.ReadmeVariables(rows),
        null, null, null, null, null, null, null);
  }

  @Override
  public ReadmeSection regions(Section.Regions section) {
    List<String> names = client.regionOptions();
    String code = "const nearby = new " + model.symbols.clientClass() + objectLiteral(List.of(
        TsSymbols.propertyKey(names.get(0)) + ": " + TsText.string(section.exampleRegion()),
        TsSymbols.propertyKey(names.get(1)) + ": " + TsText.string(section.exampleEdge()))) + ";\n";
    return new ReadmeSection(section.heading(), section.prose(), null, null, null, null, new Views.ReadmeCode(code),
        null, null, null, null, null, null);
  }

  @Override
  public ReadmeSection usage(Section.Usage section) {
    return new ReadmeSection(section.heading(), section.prose(), null, null, null, null, null,
        new Views.ReadmeUsage(model.camelCase, model.types.bigint()), null, null, null, null, null);
  }

  @Override
  public ReadmeSection pagination(Section.Pagination section) {
    String call = call(section.example());
    String code = "for await (const item of " + call + ") {\n  console.log(item);\n}\n\n"
        + "const page = await " + call + ";\nconsole.log(page.items);\n"
        + "if (page.hasNextPage()) {\n  const next = await page.getNextPage();\n}\n";
    return new ReadmeSection(section.heading(), section.prose(), null, null, null, null, null, null,
        new Views.ReadmeCode(code), null, null, null, null);
  }

  @Override
  public ReadmeSection errors(Section.Errors section) {
    String tried = section.example().map(this::statement).orElse("await Promise.resolve();\n");
    String code = "try {\n" + tried.replaceAll("(?m)^(?=.)", "  ") + "} catch (error) {\n"
        + "  console.log(error instanceof Error ? error.message : error);\n}\n";
    return new ReadmeSection(section.heading(), section.prose(), null, null, null, null, null, null, null,
        new Views.ReadmeCode(code), null, null, null);
  }

  @Override
  public ReadmeSection webhooks(Section.Webhooks section) {
    boolean urlForm = section.signature().signs().equals("url-form");
    List<String> request = urlForm ? List.of("secret", "headers: request.headers", "url: request.url", "params: formFields")
        : List.of("secret", "headers: request.headers", "body: rawBody");
    String code = "import { verifyWebhook } from '" + packageName + "';\n\nawait verifyWebhook" + objectLiteral(request)
        + ";\n";
    return new ReadmeSection(section.heading(), section.prose(), null, null, null, null, null, null, null, null,
        new Views.ReadmeCode(code), null, null);
  }

  @Override
  public ReadmeSection publishing(Section.Publishing section) {
    return new ReadmeSection(section.heading(), section.prose(), null, null, null, null, null, null, null, null, null,
        null, new Views.ReadmeCode("""
            npm install && npm run build
            npm publish    # another registry: --registry URL; from CI, add --provenance
            """));
  }

  @Override
  public ReadmeSection operations(Section.Operations section) {
    List<Views.ReadmeResource> resources = section.resources().stream().map(r -> new Views.ReadmeResource(r.title(),
        r.description(), r.calls().stream().map(call -> new Views.ReadmeOperation(method(call), call.summary(),
            call.deprecated(), statement(call))).toList())).toList();
    return new ReadmeSection(section.heading(), section.prose(), null, null, null, null, null, null, null, null, null,
        new Views.ReadmeOperations(resources), null);
  }

  /** {@code ({...})} with a property a line, as Prettier keeps an object literal that starts on its own line. */
  private static String objectLiteral(List<String> properties) {
    return "({\n" + properties.stream().map(p -> "  " + p + ",\n").collect(java.util.stream.Collectors.joining()) + "})";
  }

  private String method(Call call) {
    return printed.get(call.operation()).heading();
  }

  private String call(Call call) {
    return call(call, "");
  }

  /**
   * The call after {@code lead} on its line, laid out as Prettier lays out a chain of more than two
   * groups (a group: members, then calls) whose first line is too long, or of more than two calls
   * whose arguments are not all simple: {@code client} alone, then a group a line.
   */
  private String call(Call call, String lead) {
    Printed method = printed.get(call.operation());
    List<String> nodes = new ArrayList<>(method.chain());
    nodes.add("(" + arguments(method.method()) + ")");
    StringBuilder head = new StringBuilder("client");
    int i = 0;
    for (; i + 1 < nodes.size() && isMember(nodes.get(i)) && isMember(nodes.get(i + 1)); i++) {
      head.append(nodes.get(i));
    }
    List<String> groups = new ArrayList<>();
    boolean called = false;
    for (String node : nodes.subList(i, nodes.size())) {
      if (groups.isEmpty() || isMember(node) && called) {
        groups.add(node);
        called = false;
      } else {
        groups.set(groups.size() - 1, groups.get(groups.size() - 1) + node);
      }
      called |= !isMember(node);
    }
    String oneLine = head + String.join("", groups);
    // The statement's semicolon counts where the call's arguments do not break the line first.
    boolean tooLong = (lead + oneLine + ";").lines().findFirst().orElse("").length() > Code.WIDTH;
    long calls = nodes.stream().filter(node -> !isMember(node)).count();
    if (groups.size() < 2 || !tooLong && (calls <= 2 || simple(method.method()))) {
      return oneLine;
    }
    return head + groups.stream().map(g -> "\n  " + g.replace("\n", "\n  ")).collect(java.util.stream.Collectors.joining());
  }

  /**
   * Whether every argument is what Prettier calls simple: not a non-empty array or object, nor a
   * {@code new} expression, inside the params object.
   */
  private boolean simple(ResourceFile.MethodModel method) {
    return method.given().stream().filter(p -> p.example().isPresent()).allMatch(p -> {
      String key = TsSymbols.propertyKey(p.name());
      String value = examples.entry(0, key, p.example().orElseThrow()).substring(key.length() + 2);
      boolean empty = value.startsWith("[]") || value.startsWith("{}");
      return empty || !value.startsWith("[") && !value.startsWith("{") && !value.startsWith("new ");
    });
  }

  private static boolean isMember(String node) {
    return node.startsWith(".");
  }

  /** The call, its result in a variable named for the result's kind. */
  private String statement(Call call) {
    String variable = variable(call.result());
    String lead = variable.isEmpty() ? "await " : "const " + variable + " = await ";
    return lead + call(call, lead) + ";\n";
  }

  /** Every required parameter with the plan's example, which the method's parameters carry. */
  private String arguments(ResourceFile.MethodModel method) {
    List<ResourceFile.MethodModel.Param> required = method.given().stream()
        .filter(p -> p.example().isPresent()).toList();
    if (required.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("{\n");
    for (ResourceFile.MethodModel.Param param : required) {
      out.append(examples.entry(2, TsSymbols.propertyKey(param.name()), param.example().orElseThrow()));
    }
    return out.append("}").toString();
  }

  private static String variable(Result result) {
    if (result instanceof Result.None) {
      return "";
    }
    return result instanceof Result.Deleted ? "deleted" : result instanceof Result.Paged ? "page"
        : result instanceof Result.Stream ? "stream"
        : result instanceof Result.Binary ? "response" : "result";
  }
}
