package dev.switchboard.python;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.plan.HostRewrite;
import dev.switchboard.core.plan.PathOption;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanAuth;
import dev.switchboard.core.plan.PlanServer;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.spec.JsonPointers;
import dev.switchboard.core.text.Markdown;
import dev.switchboard.python.ResourceBuilder.ResourceNames;
import dev.switchboard.python.view.ClientView;
import dev.switchboard.python.view.ClientView.ResourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the view of {@code _client.py}: constructor arguments, credentials, servers and resources. */
final class ClientBuilder {
  private static final List<String> FIXED = List.of("base_url", "timeout", "max_retries", "default_headers",
      "follow_foreign_links", "http_client");
  private static final Set<String> TAKEN = Set.of("self", "credentials", "url", "overridden", "server", "environment",
      "resolve_base_url", "merge_headers", "DEFAULT_HEADERS",
      "basic_auth", "bearer_auth", "api_key_auth", "client_credentials_auth", "host_label", "httpx", "os");

  private final Api api;
  private final Plan plan;
  private final Imports imports;
  private final SymbolTable.Scope taken;
  /** Constructor arguments by name. */
  private final Map<String, Argument> arguments = new LinkedHashMap<>();
  /** The name of each argument a client of several specs passes on, by what it gives ({@link #given}). */
  private final Map<String, String> givenNames = new LinkedHashMap<>();
  private final List<String> environment = new ArrayList<>();
  private final List<String> schemes = new ArrayList<>();
  private final List<String> hints = new ArrayList<>();
  private final String baseUrlVariable;
  private final Map<String, String> defaultHeaders;
  private final Optional<HostRewrite> regions;
  private final List<String> extraSettings = new ArrayList<>();

  ClientBuilder(Api api, Plan plan, PythonSymbols symbols) {
    this(api, plan, symbols, 0);
  }

  /** {@code depth}: how far below the package root the client's module is placed. */
  ClientBuilder(Api api, Plan plan, PythonSymbols symbols, int depth) {
    this.imports = new Imports(depth);
    this.api = api;
    this.plan = plan;
    this.regions = plan.regions();
    this.baseUrlVariable = plan.identity().baseUrlVariable();
    this.defaultHeaders = plan.headers();
    this.taken = symbols.newScope().reserve(TAKEN).reserve(FIXED);
  }

  /** The client with the tree's members first, then the flat resources. */
  ClientView build(List<SpecNames.ClientMember> tree, List<ResourceNames> resources, Map<String, String> resourceDocs) {
    imports.name("__future__", "annotations").name("typing", "Any").name("typing", "Optional")
        .name("typing", "Union").name("collections.abc", "Mapping").module("httpx")
        .name("._auth", "Credentials").name("._core", "SyncCore").name("._core", "AsyncCore")
        .name("._core", "DEFAULT_MAX_RETRIES").name("._core", "resolve_base_url").name("._core", "merge_headers")
        .name("._types", "NOT_GIVEN").name("._types", "NotGiven").name("._types", "TimeoutInput")
        .name("types", "TracebackType");
    plan.auth().forEach(this::scheme);
    Map<String, String> variables = serverVariables();
    pathOptions();
    regions.ifPresent(this::regionArguments);
    fixedArguments();
    List<ResourceRef> refs = new ArrayList<>();
    Imports typeChecking = new Imports();
    for (SpecNames.ClientMember member : tree) {
      String module = member.module();
      // A shortcut leaves its first path value to the client, which fills it in.
      String values = member.shortcut() ? "(NOT_GIVEN,)" : "()";
      typeChecking.name(module, member.className()).name(module, member.asyncClassName());
      refs.add(new ResourceRef(propertyHeader(member.attribute(), member.className()),
          propertyHeader(member.attribute(), member.asyncClassName()), "",
          lazyConstruction(module, member.className(), List.of("self._core", values)),
          lazyConstruction(module, member.asyncClassName(), List.of("self._core", values))));
    }
    for (ResourceNames names : resources) {
      typeChecking.name(".resources." + names.attribute(), names.className())
          .name(".resources." + names.attribute(), names.asyncClassName());
      String docstring = PyText.docstring(Optional.ofNullable(resourceDocs.get(names.attribute())), 8).orElse("");
      refs.add(new ResourceRef(propertyHeader(names.attribute(), names.className()),
          propertyHeader(names.attribute(), names.asyncClassName()), docstring,
          resourceProperty(names.attribute(), names.className()),
          resourceProperty(names.attribute(), names.asyncClassName())));
    }
    if (!refs.isEmpty()) {
      imports.module("functools").name("typing", "TYPE_CHECKING");
    }
    String redaction = redaction();
    return new ClientView(
        PyText.docstring(Optional.of("The clients of the " + api.info().title() + "."), 0).orElseThrow(),
        imports.render(),
        PyText.literal(plan.defaultServer().map(PlanServer::url).orElse("")),
        hints, parameters(false), environment, schemes, baseUrl(variables),
        classDocstring("Client"), classDocstring("Asynchronous client"), typeChecking.render(4), refs,
        parameters(true), arguments.keySet().stream().map(n -> n + "=" + n).toList(),
        defaultHeaders.entrySet().stream().map(e -> PyText.literal(e.getKey()) + ": " + PyText.literal(e.getValue())).toList(),
        extraSettings, redaction);
  }

  /**
   * The plan's credential headers and query parameters, and its personal path parameters when it
   * has any, as the core's {@code Redaction}: one item a line with magic trailing commas, so ruff
   * keeps the layout whatever the lengths.
   */
  private String redaction() {
    imports.name("._logging", "Redaction");
    List<String> fields = new ArrayList<>(List.of("headers=" + names(plan.redaction().headers()),
        "query=" + names(plan.redaction().query())));
    if (!plan.redaction().path().isEmpty()) {
      fields.add("path=" + names(plan.redaction().path()));
    }
    return PyCode.explode(0, "Redaction(", fields, ")");
  }

  private static String names(List<String> names) {
    List<String> literals = names.stream().map(PyText::literal).toList();
    return literals.size() == 1 ? "(" + literals.get(0) + ",)" : PyCode.explode(4, "(", literals, ")");
  }

  /**
   * The constructor's argument for each credential, path option, region and edge, by {@link #given}:
   * a client of several specs hands each spec's client the values it takes, whatever their names there.
   */
  Map<String, String> givenNames() {
    return givenNames;
  }

  static String given(PlanAuth scheme, PlanAuth.Credential credential) {
    return "credential " + scheme.name().wire() + " " + credential.name().wire();
  }

  static String given(PathOption option) {
    return "option " + option.option().key();
  }

  /** The region and edge arguments, read from the environment when not given, and the rewrite they feed. */
  private void regionArguments(HostRewrite rewrite) {
    String region = regionArgument(rewrite.regionOption(), rewrite.regionVariable(), "Region");
    String edge = regionArgument(rewrite.edgeOption(), rewrite.edgeVariable(), "Edge");
    imports.name("._hosts", "HostRewrite").name("._hosts", "host_label");
    List<String> args = new ArrayList<>();
    args.add("hosts=" + PyCode.tuple(12, rewrite.hosts().stream().map(PyText::literal).toList(), 1));
    args.add("rewrite=" + PyText.literal(rewrite.rewrite()));
    rewrite.defaultRegion().ifPresent(r -> args.add("default_region=" + PyText.literal(r)));
    args.add("region=" + region);
    args.add("edge=" + edge);
    extraSettings.add(PyCode.wrap(8, "\"host_rewrite\": HostRewrite(", args, ")", 1));
  }

  private String regionArgument(dev.switchboard.core.ir.Name option, String variable, String what) {
    String name = PythonSymbols.parameter(taken, option, "/regions/options");
    HostRewrite rewrite = regions.orElseThrow();
    String hosts = String.join(", ", rewrite.hosts());
    String defaults = what.equals("Region") && rewrite.defaultRegion().isPresent()
        ? " With only an edge, the region is " + rewrite.defaultRegion().get() + "." : "";
    givenNames.put(what.toLowerCase(java.util.Locale.ROOT), name);
    arguments.put(name, new Argument("Optional[str]", "None", what + " to send requests for " + hosts + " to (" + rewrite.rewrite()
        + "); read from " + variable + " when not given." + defaults));
    // Checked here, where it is known whether the value came from the option or the variable.
    environment.add(name + " = host_label(" + name + ", " + PyText.literal(name) + ", " + PyText.literal(variable) + ")");
    return name;
  }

  /** Options that give left-out path parameters their values, before the user name does. */
  private void pathOptions() {
    List<String> entries = new ArrayList<>();
    for (PathOption option : plan.pathOptions()) {
      String name = PythonSymbols.parameter(taken, option.option(), "/defaults/" + option.parameter() + "/option");
      givenNames.put(given(option), name);
      arguments.put(name, new Argument("Optional[str]", "None", "The " + option.parameter()
          + " of calls that leave it out; when not given, the user name is used."));
      entries.add(PyText.literal(option.parameter()) + ": " + name);
    }
    if (!entries.isEmpty()) {
      extraSettings.add(PyCode.wrap(8, "\"path_values\": {", entries, "}", 1));
    }
  }

  /** {@code def name(self) -> Type:}, split as ruff splits a signature too long for the line. */
  static String propertyHeader(String name, String className) {
    return header(name, "self", className);
  }

  /** {@code def name(parameters) -> Type:} at indent 4, one parameter a line when too long (ruff's layout). */
  static String header(String name, String parameters, String returns) {
    String flat = "def " + name + "(" + parameters + ") -> " + returns + ":";
    if (4 + PyCode.width(flat) <= PyCode.LINE_LENGTH) {
      return flat;
    }
    return "def " + name + "(\n        " + String.join(",\n        ", parameters.split(", ")) + ",\n    ) -> " + returns + ":";
  }

  /** The body of a resource property: the resource's module is imported on first access. */
  private static String resourceProperty(String module, String className) {
    return lazyConstruction(".resources." + module, className, List.of("self._core"));
  }

  /** Statements at indent 8 that import {@code className} from {@code module} and return a new one. */
  static String lazyConstruction(String module, String className, List<String> arguments) {
    String from = "from " + module + " import ";
    String importLine = 8 + PyCode.width(from + className) <= PyCode.LINE_LENGTH
        ? from + className : PyCode.explode(0, from + "(", List.of(className), ")");
    String call = PyCode.call(8, "return " + className + "(", arguments, ")");
    return PyCode.indentRest(importLine + "\n\n" + call, 8);
  }

  private void scheme(PlanAuth scheme) {
    List<String> names = new ArrayList<>();
    for (PlanAuth.Credential credential : scheme.credentials()) {
      String name = PythonSymbols.parameter(taken, credential.name(),
          JsonPointers.child("/components/securitySchemes", scheme.name().wire()));
      givenNames.put(given(scheme, credential), name);
      arguments.put(name, new Argument("Optional[str]", "None",
          scheme.description().map(Markdown::fromHtml).orElse("Credential for " + scheme.name().wire() + ".")
              + " Read from " + credential.environment() + " when not given."));
      environment.add(name + " = environment(" + name + ", " + PyText.literal(credential.environment()) + ")");
      names.add(name);
    }
    imports.name("._core", "environment");
    String key = PyText.literal(scheme.name().wire());
    List<String> args = new ArrayList<>(names);
    String helper = helper(scheme, args);
    imports.name("._auth", helper);
    schemes.add(PyCode.wrap(12, key + ": " + helper + "(", args, ")", 1));
    hints.add(key + ": " + PyText.literal(String.join(" and ", names.stream().map(n -> n + "=").toList())
        + " (or set " + String.join(" and ", scheme.environment()) + ")"));
  }

  /** The runtime function that builds a scheme's credentials; adds its fixed arguments to {@code args}. */
  private static String helper(PlanAuth scheme, List<String> args) {
    return switch (scheme.type()) {
      case BASIC -> "basic_auth";
      case BEARER -> "bearer_auth";
      case API_KEY -> {
        PlanAuth.ApiKey key = scheme.apiKey().orElseThrow();
        args.add("location=" + PyText.literal(key.in()));
        args.add("name=" + PyText.literal(key.name()));
        yield "api_key_auth";
      }
      case OAUTH2_CLIENT_CREDENTIALS -> {
        PlanAuth.ClientCredentials oauth = scheme.clientCredentials().orElseThrow();
        args.add("token_url=" + PyText.literal(oauth.tokenUrl()));
        args.add("scopes=" + PyCode.tuple(16, oauth.scopes().stream().map(PyText::literal).toList(), 1));
        yield "client_credentials_auth";
      }
    };
  }

  private Map<String, String> serverVariables() {
    Map<String, String> variables = new LinkedHashMap<>();
    List<PlanServer.Variable> declared = plan.defaultServer().map(PlanServer::variables).orElse(List.of());
    for (PlanServer.Variable variable : declared) {
      String name = PythonSymbols.parameter(taken, variable.name(), "/servers/0/variables");
      String allowed = variable.allowedValues().isEmpty() ? "" : " One of: " + String.join(", ", variable.allowedValues()) + ".";
      arguments.put(name, new Argument("str", PyText.literal(variable.defaultValue()),
          variable.description().map(d -> Markdown.fromHtml(d) + " ").orElse("") + "Server variable " + variable.name().wire()
              + "; default " + variable.defaultValue() + "." + allowed));
      variables.put(variable.name().wire(), name);
    }
    return variables;
  }

  private void fixedArguments() {
    arguments.put("base_url", new Argument("Union[str, httpx.URL, None]", "None",
        "Replaces every server URL of the API; read from " + baseUrlVariable + " when not given."));
    arguments.put("timeout", new Argument("Union[TimeoutInput, NotGiven]", "NOT_GIVEN",
        "Seconds or an httpx.Timeout for each request; by default 60 s, 10 s to connect."));
    arguments.put("max_retries", new Argument("int", "DEFAULT_MAX_RETRIES",
        "How often a failed request that is safe to repeat is retried; default 2."));
    arguments.put("default_headers", new Argument("Optional[Mapping[str, str]]", "None",
        "Headers sent with every request; they replace the API's default headers of the same name."));
    arguments.put("follow_foreign_links", new Argument("bool", "False",
        "Follow next-page links to another origin than the API's, without credentials; by default such"
            + " a link raises ForeignLinkError."));
  }

  private String baseUrl(Map<String, String> variables) {
    List<String> entries = variables.entrySet().stream().map(e -> PyText.literal(e.getKey()) + ": " + e.getValue()).toList();
    String values = PyCode.wrap(8, "{", entries, "}", 1);
    List<String> arguments = List.of("base_url", PyText.literal(baseUrlVariable), "SERVER_URL", values);
    return PyCode.wrap(4, "url, overridden, server = resolve_base_url(", arguments, ")", 0);
  }

  private List<String> parameters(boolean withDefaults) {
    List<String> lines = new ArrayList<>();
    arguments.forEach((name, argument) ->
        lines.add(name + ": " + argument.type() + (withDefaults ? " = " + argument.defaultValue() : "")));
    return lines;
  }

  private String classDocstring(String kind) {
    StringBuilder text = new StringBuilder(kind).append(" for the ").append(api.info().title()).append('.');
    Docstrings.markdown(api.info().docs()).ifPresent(d -> text.append("\n\n").append(d.strip()));
    text.append("\n\nArgs:");
    arguments.forEach((name, argument) -> text.append("\n    ").append(name).append(": ").append(argument.doc()));
    text.append("\n    http_client: The httpx client to send requests with (for proxies, custom transports and"
        + " tests); closed by close() only when the client created it.");
    return PyText.docstring(Optional.of(text.toString()), 4).orElseThrow();
  }

  /** A constructor argument: its annotation, its default and its documentation. */
  private record Argument(String type, String defaultValue, String doc) {}
}
