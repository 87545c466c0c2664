package dev.switchboard.typescript;

import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.bundle.Mount;
import dev.switchboard.core.bundle.Namespace;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.plan.PathOption;
import dev.switchboard.core.plan.PlanAuth;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code src/client.ts} and {@code src/index.ts} of an SDK of several specs: the client takes the
 * union of the mounts' options and holds each mount at its path ({@code client.accounts.v1}),
 * making the mount's client on first access with the root's transport, the credentials the mount
 * declares and, when the root has a base URL, that URL followed by the mount's server path.
 */
final class RootClientFile {
  /** Module-level names of the root client that a mount's class or factory must not take. */
  private static final List<String> MODULE_NAMES = List.of("BaseClientOptions", "ClientOptions", "readEnv", "shared");
  /** Bindings of {@code shared}, which the root's options must not take. */
  private static final List<String> SHARED_BINDINGS = List.of("options", "path", "transport");

  /** A mount as the root's module names it. */
  private record MountRef(Mount mount, SourceFolder folder, String className, String local, String factory,
      String namespace) {}

  private final Bundle bundle;
  private final String className;
  private final OptionNames names;
  private final SymbolTable symbols;
  private final SymbolTable.Scope module;
  private final Map<String, MountRef> mounts = new LinkedHashMap<>();
  private final Map<List<String>, String> namespaceClasses = new LinkedHashMap<>();
  /** Member name by the mount pointer of its path, each named once. */
  private final Map<String, String> memberNames = new LinkedHashMap<>();
  /** The shortcut members, in the mount's order. */
  private final List<ShortcutMember> shortcuts = new ArrayList<>();

  /** A shortcut member: the client's getter {@code name}, the mount client's {@code own} member it reads. */
  private record ShortcutMember(String name, String own) {}

  RootClientFile(Bundle bundle, SymbolTable symbols, TypeScriptOptions options) {
    this.bundle = bundle;
    this.symbols = symbols;
    this.className = Case.pascal(bundle.identity().client().words());
    this.names = new OptionNames(bundle.auth(), bundle.pathOptions(), Optional.empty(), bundle.regions(),
        symbols.scope("root options").reserve(SHARED_BINDINGS));
    this.module = symbols.scope("root module").reserve(MODULE_NAMES).reserve(List.of(className));
    SymbolTable.Scope exports = symbols.scope("root exports").reserve(TsSymbols.RESERVED)
        .reserve(TsSymbols.RUNTIME_EXPORTS).reserve(List.of(className, "default"));
    for (Mount mount : bundle.mounts()) {
      Name whole = MountNames.client(mount.path());
      String mountClass = TsSymbols.PROVIDER.spell(NameKind.TYPE, whole);
      mounts.put(mount.key(), new MountRef(mount, SourceFolder.of(mount.path()), mountClass,
          module.claimGenerated(NameKind.TYPE, mountClass), module.claimGenerated(NameKind.TYPE, "make" + mountClass),
          TsSymbols.identifierMember(exports, NameKind.PARAMETER, whole, "/mounts/" + mount.key())));
    }
    nameNamespaces(bundle.root());
    nameShortcuts();
  }

  private void nameNamespaces(Namespace level) {
    for (Namespace child : level.namespaces()) {
      List<String> words = new ArrayList<>(bundle.identity().client().words());
      child.path().forEach(segment -> words.addAll(segment.words()));
      namespaceClasses.put(keys(child.path()), module.claimGenerated(NameKind.TYPE, Case.pascal(words)));
      nameNamespaces(child);
    }
  }

  /** The client class, named as a client of one spec is. */
  String className() {
    return className;
  }

  Views.RootClient view() {
    List<String> imports = mounts.values().stream().map(ref -> Code.importNames("import",
        List.of(ref.local().equals(ref.className()) ? ref.className() : ref.className() + " as " + ref.local()),
        "./" + ref.folder().module("client.js"))).toList();
    String options = names.declarations();
    String optionsDocs = "/** Settings for {@link " + className + "}"
        + (names.credentials.isEmpty() ? ". */\n" : "; credentials not given are read from the environment. */\n");
    Level root = level(bundle.root());
    String getters = shortcutGetters().stream().reduce(root.getters(), (all, getter) -> all + "\n" + getter);
    List<String> namespaces = new ArrayList<>();
    namespaceCode(bundle.root(), namespaces);
    return new Views.RootClient(SourceFolder.ROOT.runtime(), imports, optionsDocs,
        options.isEmpty() ? "{}" : "{\n" + options + "}", rootOnly(), docs(), className,
        TsText.string(bundle.identity().baseUrlVariable()), root.fields(), getters, namespaces,
        mounts.values().stream().map(this::factory).toList());
  }

  Views.Index index() {
    List<String> classes = new ArrayList<>(List.of(className, className + " as default"));
    classes.addAll(namespaceClasses.values());
    classes.add("type ClientOptions");
    String clientExport = Code.importNames("export", classes, "./client.js").stripTrailing();
    List<String> mountExports = mounts.values().stream().map(ref -> "export * as " + ref.namespace() + " from "
        + TsText.string("./" + ref.folder().module("index.js")) + ";\n").toList();
    return new Views.Index(SourceFolder.ROOT.runtime(), clientExport, true, false, List.of(), "", mountExports);
  }

  Views.RootReadme readme(String packageName) {
    List<Views.ReadmeRow> credentials = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (PlanAuth scheme : bundle.auth()) {
      for (PlanAuth.Credential credential : scheme.credentials()) {
        if (seen.add(names.credential(credential))) {
          credentials.add(new Views.ReadmeRow(names.credential(credential), credential.environment(),
              scheme.description().map(d -> d.replaceAll("\\s+", " ").strip())
                  .orElse("a credential of the `" + scheme.name().wire() + "` scheme.")));
        }
      }
    }
    List<Views.RootReadmeMount> rows = mounts.values().stream().map(ref -> new Views.RootReadmeMount(
        "client." + member(ref.mount().path()), ref.mount().api().info().title().replace("|", "\\|"),
        Path.of(ref.mount().source()).getFileName().toString(), ref.namespace(),
        ref.mount().serverPath().isEmpty() ? "none" : "`" + ref.mount().serverPath() + "`")).toList();
    MountRef first = mounts.values().iterator().next();
    String example = "const api = client." + member(first.mount().path()) + ";\n";
    return new Views.RootReadme(packageName, className, bundle.identity().baseUrlVariable(), credentials,
        first.namespace(), rows, example, shortcutsSentence());
  }

  /** {@code accounts.v1}: the members that lead from the client to a mount. */
  private String member(List<Name> path) {
    List<String> members = new ArrayList<>();
    for (int i = 1; i <= path.size(); i++) {
      members.add(memberName(path.subList(0, i)));
    }
    return String.join(".", members);
  }

  /** The getter that holds {@code path}'s last segment at its level, unique among its siblings. */
  private String memberName(List<Name> path) {
    SymbolTable.Scope level = levelMembers(path.subList(0, path.size() - 1));
    Name last = path.get(path.size() - 1);
    String pointer = "/mounts/" + String.join("/", keys(path));
    String known = memberNames.get(pointer);
    if (known == null) {
      known = TsSymbols.identifierMember(level, NameKind.PARAMETER, last, pointer);
      memberNames.put(pointer, known);
    }
    return known;
  }

  /**
   * The client's getter for each shortcut member, claimed after every namespace's and mount's
   * name, which keep theirs.
   */
  private void nameShortcuts() {
    bundle.root().namespaces().forEach(namespace -> memberName(namespace.path()));
    bundle.root().mounts().forEach(mount -> memberName(mount.path()));
    bundle.shortcuts().ifPresent(s -> s.members().forEach(name -> shortcuts.add(new ShortcutMember(
        TsSymbols.identifierMember(levelMembers(List.of()), NameKind.PARAMETER, name, "/shortcuts/" + name.key()),
        mountMember(name)))));
  }

  /**
   * One getter per shortcut member, named after the namespaces: {@code client.messages} reads
   * {@code client.messaging.v2.messages} on each access, so the mount is made on first use and the
   * value is the mount's own (its type, and the same object, since the mount keeps its members).
   */
  private List<String> shortcutGetters() {
    if (shortcuts.isEmpty()) {
      return List.of();
    }
    Mount mount = bundle.shortcuts().orElseThrow().mount();
    String mountPath = member(mount.path());
    String type = mounts.get(mount.key()).local();
    return shortcuts.stream().map(s -> "  /** `client." + mountPath + "." + s.own() + "`. */\n"
        + "  get " + s.name() + "(): " + type + "[" + TsText.string(s.own()) + "] {\n"
        + "    return this." + mountPath + "." + s.own() + ";\n"
        + "  }\n").toList();
  }

  /**
   * A member as the mount's client spells it: camelCase, as its resources and tree roots are named,
   * never one of the members every client has.
   */
  private static String mountMember(Name name) {
    SymbolTable.Scope client = new SymbolTable(TsSymbols.PROVIDER).newScope().reserve(TsSymbols.CLIENT_MEMBERS);
    return TsSymbols.identifierMember(client, NameKind.RESOURCE, name, "");
  }

  /** The README's word on the shortcuts, with their first member as the example; null without any. */
  private String shortcutsSentence() {
    if (shortcuts.isEmpty()) {
      return null;
    }
    String mountPath = "client." + member(bundle.shortcuts().orElseThrow().mount().path());
    ShortcutMember first = shortcuts.get(0);
    return "The client has the members of `" + mountPath + "` too, those no API's place above has taken, each the"
        + " same object as the API's own: `client." + first.name() + "` is `" + mountPath + "." + first.own() + "`.";
  }

  /** The members of the client ({@code parent} empty) or of one of its namespaces. */
  private SymbolTable.Scope levelMembers(List<Name> parent) {
    return symbols.scope("members " + keys(parent)).reserve(List.of("constructor"));
  }

  private record Level(String fields, String getters) {}

  /** The lazy fields and getters of one level: its namespaces, then its mounts. */
  private Level level(Namespace namespace) {
    StringBuilder fields = new StringBuilder();
    List<String> getters = new ArrayList<>();
    for (Namespace child : namespace.namespaces()) {
      String member = memberName(child.path());
      String type = namespaceClasses.get(keys(child.path()));
      fields.append(Code.lazyField(member, type));
      getters.add(Code.lazyGetter(member, type, "new " + type, List.of("this.#options")));
    }
    for (Mount mount : namespace.mounts()) {
      MountRef ref = mounts.get(mount.key());
      String member = memberName(mount.path());
      fields.append(Code.lazyField(member, ref.local()));
      getters.add(Code.lazyGetter(member, ref.local(), ref.factory(), List.of("this.#options")));
    }
    return new Level(fields.toString(), String.join("\n", getters));
  }

  private void namespaceCode(Namespace level, List<String> out) {
    for (Namespace child : level.namespaces()) {
      String type = namespaceClasses.get(keys(child.path()));
      Level members = level(child);
      out.add("/** The APIs at `" + String.join("/", child.path().stream().map(Name::wire).toList()) + "` of {@link "
          + className + "}. */\n"
          + "export class " + type + " {\n"
          + "  readonly #options: ClientOptions;\n"
          + members.fields() + "\n"
          + "  constructor(options: ClientOptions) {\n"
          + "    this.#options = options;\n"
          + "  }\n\n"
          + members.getters()
          + "}\n");
      namespaceCode(child, out);
    }
  }

  /** A mount's client from the root's options: the shared ones and those the mount declares, by its names. */
  private String factory(MountRef ref) {
    Mount mount = ref.mount();
    OptionNames own = OptionNames.of(mount.plan(), new SymbolTable(TsSymbols.PROVIDER).newScope());
    Map<String, String> given = new LinkedHashMap<>();
    for (PlanAuth scheme : mount.plan().auth()) {
      PlanAuth union = bundle.auth().stream().filter(s -> s.name().wire().equals(scheme.name().wire())).findFirst()
          .orElseThrow();
      for (int i = 0; i < scheme.credentials().size() && i < union.credentials().size(); i++) {
        given.putIfAbsent(own.credential(scheme.credentials().get(i)), names.credential(union.credentials().get(i)));
      }
    }
    for (PathOption option : mount.plan().pathOptions()) {
      bundle.pathOptions().stream().filter(o -> o.option().key().equals(option.option().key())).findFirst()
          .ifPresent(union -> given.put(own.pathOptions.get(option.parameter()), names.pathOptions.get(union.parameter())));
    }
    if (!own.regions.isEmpty() && !names.regions.isEmpty()) {
      given.put(own.regions.get(0), names.regions.get(0));
      given.put(own.regions.get(1), names.regions.get(1));
    }
    String properties = given.entrySet().stream().map(e -> Code.property(4, TsSymbols.propertyKey(e.getKey()),
        "options" + access(e.getValue()))).collect(Collectors.joining());
    return "function " + ref.factory() + "(options: ClientOptions): " + ref.local() + " {\n"
        + "  return new " + ref.local() + "({\n"
        + "    ...shared(options, " + TsText.string(mount.serverPath()) + "),\n"
        + properties
        + "  });\n"
        + "}\n";
  }

  private static String access(String option) {
    return TsSymbols.isIdentifier(option) ? "." + option : "[" + TsText.string(option) + "]";
  }

  /** {@code const { baseURL, username, ...transport } = options;}: the root's own options left out. */
  private String rootOnly() {
    Set<String> own = new LinkedHashSet<>(List.of("baseURL"));
    own.addAll(names.credentials.values());
    own.addAll(names.pathOptions.values());
    own.addAll(names.regions);
    List<Doc> bindings = new ArrayList<>(own.stream().map(o -> Doc.text(TsSymbols.isIdentifier(o)
        ? o : TsText.string(o) + ": _" + o.replaceAll("[^A-Za-z0-9_$]", "_"))).toList());
    bindings.add(Doc.text("...transport"));
    return Code.print(Doc.concat(Doc.text("const "), Doc.listEndingInRest("{", bindings, "}"), Doc.text(" = options;")), 2);
  }

  private String docs() {
    String apis = bundle.mounts().stream().map(m -> " * - `client." + member(m.path()) + "`: "
        + String.join(" ", TsText.commentLines(m.api().info().title()))).collect(Collectors.joining("\n"));
    return "/**\n * " + className + ": the APIs of several specs, each made on first use with this client's settings.\n *\n" + apis + "\n */\n";
  }

  private static List<String> keys(List<Name> path) {
    return path.stream().map(Name::key).toList();
  }
}
