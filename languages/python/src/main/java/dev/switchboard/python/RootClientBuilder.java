package dev.switchboard.python;

import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.bundle.Mount;
import dev.switchboard.core.bundle.Namespace;
import dev.switchboard.core.bundle.Shortcuts;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.HostRewrite;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plan.PathOption;
import dev.switchboard.core.plan.PlanAuth;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.spec.JsonPointers;
import dev.switchboard.core.text.Markdown;
import dev.switchboard.python.view.RootClientView;
import dev.switchboard.python.view.RootClientView.Member;
import dev.switchboard.python.view.RootClientView.NamespaceClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the view of the {@code _client.py} of an SDK made of several specs. The clients take the
 * union of the specs' credentials and options and the transport settings a single spec's client
 * takes; each spec's client is made on first use with the ones its own spec declares, the same
 * httpx client, and a base URL given here plus its server URL's path.
 */
final class RootClientBuilder {
  private static final Set<String> TAKEN = Set.of("self", "settings", "base_url_of", "environment", "dataclasses",
      "functools", "httpx", "close", "MountClient", "BASE_URL_VARIABLE");
  private static final List<String> TRANSPORT = List.of("timeout", "max_retries", "default_headers",
      "follow_foreign_links");

  private final Bundle bundle;
  private final SymbolTable symbols;
  private final SymbolTable.Scope taken;
  private final SymbolTable.Scope classes;
  private final Map<String, Argument> arguments = new LinkedHashMap<>();
  /** The client's argument for each credential, path option, region and edge, by {@link ClientBuilder#given}. */
  private final Map<String, String> givenNames = new LinkedHashMap<>();
  private final List<NamespaceClass> namespaces = new ArrayList<>();
  /** The type checkers' imports (each spec's clients, the shortcuts' classes), by the module that defines them. */
  private final Map<String, List<String>> typeChecking = new TreeMap<>(Imports::compareModules);
  /** The root's names of the shortcuts' members, with the path each one stands for ({@code client.messaging.v2.messages}). */
  private final Map<String, String> shortcutMembers = new LinkedHashMap<>();
  /** The root's names of the shortcuts' sync and async classes, by their module. */
  private final Map<String, List<String>> shortcutClasses = new LinkedHashMap<>();
  /** How a member of the client reaches each mount's client ({@code self.accounts.v1}), by the mount's key. */
  private final Map<String, String> reach = new LinkedHashMap<>();

  RootClientBuilder(Bundle bundle, SymbolTable symbols) {
    this.bundle = bundle;
    this.symbols = symbols;
    this.taken = symbols.newScope().reserve(TAKEN).reserve(List.of("base_url", "http_client")).reserve(TRANSPORT);
    this.classes = symbols.scope("classes").reserve(List.of("Client", "AsyncClient", "MountClient"));
  }

  RootClientView build() {
    credentials();
    pathOptions();
    bundle.regions().ifPresent(this::regions);
    transport();
    String title = title(bundle.identity());
    Level root = level(bundle.root(), "self");
    bundle.shortcuts().ifPresent(shortcuts -> shortcuts(shortcuts, root));
    return new RootClientView(
        PyText.docstring(Optional.of("The clients of the " + title + ", which reach each API at its path."), 0)
            .orElseThrow(),
        imports().render(), typeCheckingImports(), PyText.literal(bundle.identity().baseUrlVariable()),
        settingsFields(), classDocstring("Client", title), classDocstring("Asynchronous client", title),
        arguments.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().type() + " = " + e.getValue().defaultValue())
            .toList(),
        settingsArguments(), root.sync(), root.async(), namespaces);
  }

  /** The client's name for what {@code given} gives, for the clients of the specs. */
  Map<String, String> givenNames() {
    return givenNames;
  }

  /** Each member the root has for a mount's, with the path it stands for, in the client's order. */
  Map<String, String> shortcutMembers() {
    return shortcutMembers;
  }

  /** {@code Example APIs}: what the package's texts call the SDK's APIs together. */
  static String title(Identity identity) {
    return String.join(" ", identity.client().words().stream().map(RootClientBuilder::capitalized).toList()) + " APIs";
  }

  private static String capitalized(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static Imports imports() {
    return new Imports().name("__future__", "annotations").module("dataclasses").module("functools")
        .name("collections.abc", "Mapping").name("types", "TracebackType").name("typing", "TYPE_CHECKING")
        .name("typing", "Optional").name("typing", "Union").module("httpx")
        .name("._core", "DEFAULT_MAX_RETRIES").name("._core", "DEFAULT_TIMEOUT").name("._core", "environment")
        .name("._tls", "DeferredTrustContext").name("._types", "NOT_GIVEN").name("._types", "NotGiven")
        .name("._types", "TimeoutInput");
  }

  /** By module; ruff keeps imports under another name apart, one a line. */
  private List<String> typeCheckingImports() {
    List<String> lines = new ArrayList<>();
    typeChecking.values().forEach(lines::addAll);
    return lines;
  }

  /**
   * The members of the shortcuts' mount on the root, after the namespaces: each returns the mount
   * client's member itself, a cached property of the mount's client, made when first read.
   */
  private void shortcuts(Shortcuts shortcuts, Level root) {
    Mount mount = shortcuts.mount();
    SymbolTable table = new SymbolTable(PythonSymbols.PROVIDER);
    Map<String, SpecNames.ClientMember> own = new LinkedHashMap<>();
    SpecNames.claim(mount.api(), mount.plan(), new PythonSymbols(table), table.scope("client"))
        .clientMembers(mount.plan()).forEach(member -> own.put(member.name().key(), member));
    SymbolTable.Scope members = symbols.scope("members " + bundle.root().path()).reserve(List.of("close"));
    String via = reach.get(mount.key());
    for (Name name : shortcuts.members()) {
      SpecNames.ClientMember member = own.get(name.key());
      if (member == null) {
        throw new IllegalStateException("shortcut '" + name.wire() + "' is no member of " + mount.key() + "'s client");
      }
      String attribute = PythonSymbols.claim(members, NameKind.RESOURCE, name, "/shortcuts");
      String module = MountPackages.module(mount.path()) + member.module();
      List<String> types = shortcutTypes(module, member.className(), member.asyncClassName());
      String path = via + "." + member.attribute();
      String target = "client" + path.substring("self".length());
      String doc = PyText.docstring(Optional.of(target + ": the same object, made on first use."), 8).orElseThrow();
      shortcutMembers.put(attribute, target);
      root.sync().add(new Member(ClientBuilder.propertyHeader(attribute, types.get(0)), doc, "return " + path));
      root.async().add(new Member(ClientBuilder.propertyHeader(attribute, types.get(1)), doc, "return " + path));
    }
  }

  /**
   * The root's names of a member's sync and async classes, imported for type checkers from
   * {@code module} once, under other names only where the root's classes already have theirs.
   */
  private List<String> shortcutTypes(String module, String sync, String async) {
    return shortcutClasses.computeIfAbsent(module, m -> {
      Map<String, String> names = new TreeMap<>(Imports::compareMembers);
      names.put(sync, classes.claimGenerated(NameKind.TYPE, sync));
      names.put(async, classes.claimGenerated(NameKind.TYPE, async));
      List<String> lines = new ArrayList<>();
      if (names.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
        lines.add(PyCode.indentRest(Imports.fromImport(4, module, List.copyOf(names.keySet())), 4));
      } else {
        names.forEach((name, given) -> lines.add("from " + module + " import " + name + " as " + given));
      }
      typeChecking.put(module, lines);
      return List.of(names.get(sync), names.get(async));
    });
  }

  /** Every spec's credentials, once each, in mount order. */
  private void credentials() {
    for (Mount mount : bundle.mounts()) {
      for (PlanAuth scheme : mount.plan().auth()) {
        for (PlanAuth.Credential credential : scheme.credentials()) {
          String given = ClientBuilder.given(scheme, credential);
          if (!givenNames.containsKey(given)) {
            String name = PythonSymbols.parameter(taken, credential.name(),
                JsonPointers.child("/components/securitySchemes", scheme.name().wire()));
            givenNames.put(given, name);
            arguments.put(name, new Argument("Optional[str]", "None",
                scheme.description().map(Markdown::fromHtml).orElse("Credential for " + scheme.name().wire() + ".")
                    + " Read from " + credential.environment() + " when not given."));
          }
        }
      }
    }
  }

  private void pathOptions() {
    for (PathOption option : bundle.pathOptions()) {
      String name = PythonSymbols.parameter(taken, option.option(), "/defaults/" + option.parameter() + "/option");
      givenNames.put(ClientBuilder.given(option), name);
      arguments.put(name, new Argument("Optional[str]", "None", "The " + option.parameter()
          + " of calls that leave it out; when not given, the user name is used."));
    }
  }

  private void regions(HostRewrite rewrite) {
    String hosts = String.join(", ", rewrite.hosts());
    region("region", rewrite.regionOption(), "Region to send requests for " + hosts + " to (" + rewrite.rewrite()
        + "); read from " + rewrite.regionVariable() + " when not given.");
    region("edge", rewrite.edgeOption(), "Edge to send requests for " + hosts + " to; read from "
        + rewrite.edgeVariable() + " when not given.");
  }

  private void region(String given, Name option, String doc) {
    String name = PythonSymbols.parameter(taken, option, "/regions/options");
    givenNames.put(given, name);
    arguments.put(name, new Argument("Optional[str]", "None", doc));
  }

  private void transport() {
    arguments.put("base_url", new Argument("Union[str, httpx.URL, None]", "None", "One URL for every API, each adding"
        + " its server URL's path (such as /v1); read from " + bundle.identity().baseUrlVariable()
        + " when not given; by default each API uses its own server."));
    arguments.put("timeout", new Argument("Union[TimeoutInput, NotGiven]", "NOT_GIVEN",
        "Seconds or an httpx.Timeout for each request; by default 60 s, 10 s to connect."));
    arguments.put("max_retries", new Argument("int", "DEFAULT_MAX_RETRIES",
        "How often a failed request that is safe to repeat is retried; default 2."));
    arguments.put("default_headers", new Argument("Optional[Mapping[str, str]]", "None",
        "Headers sent with every request; they replace the APIs' default headers of the same name."));
    arguments.put("follow_foreign_links", new Argument("bool", "False",
        "Follow next-page links to another origin than the API's, without credentials; by default such"
            + " a link raises ForeignLinkError."));
  }

  private List<String> settingsFields() {
    List<String> fields = new ArrayList<>();
    arguments.forEach((name, argument) ->
        fields.add(name + ": " + (name.equals("base_url") ? "Optional[str]" : argument.type())));
    return fields;
  }

  private List<String> settingsArguments() {
    List<String> lines = new ArrayList<>();
    arguments.keySet().forEach(name -> lines.add(name.equals("base_url")
        ? "base_url=environment(None if base_url is None else str(base_url), BASE_URL_VARIABLE)" : name + "=" + name));
    return lines;
  }

  /** The members of one level of the tree; the classes of its namespaces are added to {@link #namespaces}. */
  private Level level(Namespace namespace, String via) {
    SymbolTable.Scope members = symbols.scope("members " + namespace.path());
    List<Member> sync = new ArrayList<>();
    List<Member> async = new ArrayList<>();
    for (Namespace child : namespace.namespaces()) {
      String attribute = PythonSymbols.claim(members, NameKind.RESOURCE, child.name(), "/servers/0/url");
      Level level = level(child, via + "." + attribute);
      String syncName = classes.claimGenerated(NameKind.TYPE, PythonSymbols.pascal(joined(child.path())) + "Namespace");
      String asyncName = classes.claimGenerated(NameKind.TYPE, "Async" + syncName);
      String docstring = PyText.docstring(Optional.of(describe(child)), 4).orElseThrow();
      namespaces.add(new NamespaceClass(syncName, asyncName, docstring, level.sync(), level.async()));
      String doc = PyText.docstring(Optional.of(describe(child)), 8).orElseThrow();
      sync.add(new Member(ClientBuilder.propertyHeader(attribute, syncName), doc, namespaceBody(syncName)));
      async.add(new Member(ClientBuilder.propertyHeader(attribute, asyncName), doc, namespaceBody(asyncName)));
    }
    for (Mount mount : namespace.mounts()) {
      String attribute = PythonSymbols.claim(members, NameKind.RESOURCE, mount.path().get(mount.path().size() - 1),
          "/servers/0/url");
      String base = PythonSymbols.pascal(joined(mount.path()));
      List<String> names = List.of(classes.claimGenerated(NameKind.TYPE, base + "Client"),
          classes.claimGenerated(NameKind.TYPE, base + "AsyncClient"));
      String module = MountPackages.module(mount.path()) + "._client";
      typeChecking.put(module, List.of("from " + module + " import AsyncClient as " + names.get(1),
          "from " + module + " import Client as " + names.get(0)));
      reach.put(mount.key(), via + "." + attribute);
      Map<String, String> given = mountArguments(mount);
      String doc = PyText.docstring(Optional.of("The " + mount.api().info().title() + " (" + fileName(mount)
          + "), its client made on first use."), 8).orElseThrow();
      sync.add(new Member(ClientBuilder.propertyHeader(attribute, names.get(0)), doc, mountBody(mount, given, "Client")));
      async.add(new Member(ClientBuilder.propertyHeader(attribute, names.get(1)), doc, mountBody(mount, given, "AsyncClient")));
    }
    return new Level(sync, async);
  }

  private static Name joined(List<Name> path) {
    List<String> words = new ArrayList<>();
    path.forEach(name -> words.addAll(name.words()));
    return new Name(words, String.join("_", words));
  }

  static String fileName(Mount mount) {
    return java.nio.file.Path.of(mount.source()).getFileName().toString();
  }

  private static String describe(Namespace namespace) {
    List<String> below = new ArrayList<>();
    namespace.namespaces().forEach(n -> below.add(n.name().wire()));
    namespace.mounts().forEach(m -> below.add(m.path().get(m.path().size() - 1).wire()));
    return "The " + namespace.name().wire() + " APIs: " + String.join(", ", below) + ".";
  }

  private static String namespaceBody(String className) {
    return PyCode.indentRest(PyCode.call(8, "return " + className + "(", List.of("self._settings", "self._http_client"),
        ")"), 8);
  }

  /** Imports the spec's client and makes it with the settings its spec takes, on the shared httpx client. */
  private String mountBody(Mount mount, Map<String, String> given, String className) {
    String from = "from " + MountPackages.module(mount.path()) + "._client import ";
    String member = className + " as MountClient";
    String importLine = 8 + PyCode.width(from + member) <= PyCode.LINE_LENGTH
        ? from + member : PyCode.explode(0, from + "(", List.of(member), ")");
    List<String> call = new ArrayList<>();
    given.forEach((mountName, what) -> call.add(mountName + "=settings." + givenNames.get(what)));
    call.add("base_url=settings.base_url_of(" + PyText.literal(mount.serverPath()) + ")");
    TRANSPORT.forEach(name -> call.add(name + "=settings." + name));
    call.add("http_client=self._http_client");
    String body = importLine + "\n\nsettings = self._settings\n" + PyCode.explode(0, "return MountClient(", call, ")");
    return PyCode.indentRest(body, 8);
  }

  /** The spec's client's arguments for its credentials and options, as its own client builder names them. */
  private static Map<String, String> mountArguments(Mount mount) {
    ClientBuilder client = new ClientBuilder(mount.api(), mount.plan(), new PythonSymbols(
        new SymbolTable(PythonSymbols.PROVIDER)));
    client.build(List.of(), List.of(), Map.of());
    Map<String, String> byName = new LinkedHashMap<>();
    client.givenNames().forEach((given, name) -> byName.put(name, given));
    return byName;
  }

  private String classDocstring(String kind, String title) {
    Mount first = bundle.mounts().get(0);
    String example = "client." + String.join(".", MountPackages.of(first.path()));
    StringBuilder text = new StringBuilder(kind).append(" for the ").append(title).append(": each API is reached at")
        .append(" its path, such as ").append(example).append(", and its client is made on first use with these")
        .append(" arguments, sharing this client's connections.\n\nArgs:");
    arguments.forEach((name, argument) -> text.append("\n    ").append(name).append(": ").append(argument.doc()));
    text.append("\n    http_client: The httpx client every API sends requests with (for proxies, custom transports and"
        + " tests); closed by close() only when the client created it.");
    return PyText.docstring(Optional.of(text.toString()), 4).orElseThrow();
  }

  private record Argument(String type, String defaultValue, String doc) {}

  private record Level(List<Member> sync, List<Member> async) {}
}
