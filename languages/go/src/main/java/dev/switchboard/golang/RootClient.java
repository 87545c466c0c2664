package dev.switchboard.golang;

import dev.switchboard.core.bundle.Mount;
import dev.switchboard.core.bundle.Namespace;
import dev.switchboard.core.bundle.Shortcuts;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The root client of an SDK of several specs: a field per namespace ({@code client.Accounts}), each
 * a struct of the root package, and a method per mount ({@code client.Accounts.V1()}) returning the
 * client of its package, made from the root's runtime client on first use (a {@code core.Lazy}), so
 * that every mount shares its options and a program pays only for the APIs it calls. The members of
 * the {@code shortcuts:} mount's client are methods of the root returning the same ({@code
 * client.Messages()} is {@code client.API.V2010().Messages()}).
 */
final class RootClient {
  private final SymbolTable symbols;
  private final SymbolTable.Scope scope;
  private final SymbolTable.Scope clientMembers;
  private final String module;
  private final List<Views.Namespace> namespaces = new ArrayList<>();
  private final List<Views.Member> members = new ArrayList<>();
  private final List<String> init = new ArrayList<>();
  private final Map<String, String> imports = new LinkedHashMap<>();
  private final Map<String, String> access = new LinkedHashMap<>();
  private final List<Views.Accessor> mountAccessors = new ArrayList<>();
  private final List<Views.Accessor> shortcuts = new ArrayList<>();
  private final List<Views.ShortcutLine> readme = new ArrayList<>();

  RootClient(SymbolTable symbols, SymbolTable.Scope scope, String module) {
    this.symbols = symbols;
    this.scope = scope;
    this.clientMembers = symbols.scope("client");
    this.module = module;
  }

  void add(Namespace root) {
    members.addAll(level(root, "client", "Client", "c"));
    clientMembers.reserve(members.stream().map(Views.Member::field).toList());
    clientMembers.reserve(mountAccessors.stream().filter(m -> m.receiver().equals("Client")).map(Views.Accessor::name).toList());
  }

  /** The shortcut mount's client members as methods, their names claimed after the namespaces' fields. */
  void shortcuts(Shortcuts chosen, List<ClientMember> mountMembers) {
    for (Name member : chosen.members()) {
      mountMembers.stream().filter(m -> m.member().equals(member)).forEach(m -> shortcuts.add(shortcut(m, chosen.mount())));
    }
  }

  private Views.Accessor shortcut(ClientMember member, Mount mount) {
    String pkg = GoPlugin.mountPackage(mount.path());
    String name = clientMembers.claimGenerated(NameKind.RESOURCE, member.name());
    String parameters = "";
    String call = "." + member.name();
    String arguments = "";
    if (member.key().isPresent()) {
      ClientMember.Key key = member.key().get();
      SymbolTable.Scope locals = symbols.newScope().reserveWords(GoSymbols.localReserved()).reserveWords(Set.of("c"))
          .reserveWords(imports.keySet());
      arguments = locals.claimGenerated(NameKind.PARAMETER, key.name());
      parameters = arguments + " " + (key.local() ? pkg + "." + key.type() : key.type());
    }
    if (!member.field()) {
      call += "(" + arguments + ")";
    }
    String same = "client" + access.get(mount.key()) + call;
    readme.add(new Views.ShortcutLine(mount.key(), "client." + name + "(" + arguments + ")", same));
    List<String> doc = GoText.comment(name + " returns " + same + ".", Optional.empty(), false);
    return new Views.Accessor(doc, "c", "Client", name, parameters, pkg + "." + member.type(),
        "c" + access.get(mount.key()) + call);
  }

  /**
   * The members of one level (the root client, {@code receiver} "Client", or a namespace): a field per
   * namespace below, and per mount a method making its client on first use, from the level's {@code
   * root} field, held in a private {@code core.Lazy} field.
   */
  private List<Views.Member> level(Namespace level, String access, String receiver, String self) {
    List<Views.Member> fields = new ArrayList<>();
    for (Namespace child : level.namespaces()) {
      String field = GoSymbols.exported(child.name().words());
      String type = scope.claimGenerated(NameKind.TYPE, GoSymbols.exported(words(child.path())) + "Namespace");
      init.add(access + "." + field + " = &" + type + "{" + (child.mounts().isEmpty() ? "" : "root: root") + "}");
      List<Views.Member> below = level(child, access + "." + field, type, "n");
      String path = String.join("/", child.path().stream().map(Name::wire).toList());
      namespaces.add(new Views.Namespace(GoText.comment(type + " holds the APIs mounted below " + path + ".",
          Optional.empty(), false), type, below));
      fields.add(new Views.Member(GoText.comment(field + " holds the APIs mounted below " + path + ".", Optional.empty(),
          false), field, "*" + type));
    }
    if (!level.mounts().isEmpty()) {
      fields.add(new Views.Member(List.of("// root is the runtime client the APIs below are made from, on first use."),
          "root", "*core.Client"));
      if (receiver.equals("Client")) {
        init.add(access + ".root = root");
      }
    }
    for (Mount mount : level.mounts()) {
      fields.add(mount(mount, access, receiver, self));
    }
    return fields;
  }

  /** A mount's method on {@code receiver}, and the private field holding its client once made. */
  private Views.Member mount(Mount mount, String access, String receiver, String self) {
    String method = GoSymbols.exported(mount.path().get(mount.path().size() - 1).words());
    String pkg = GoPlugin.mountPackage(mount.path());
    imports.put(pkg, module + "/" + GoPlugin.folder(mount.path()));
    this.access.put(mount.key(), access.substring("client".length()) + "." + method + "()");
    String held = "lazy" + method;
    String make = "func() *" + pkg + ".Client { return " + pkg + ".Mount(" + self + ".root, "
        + GoText.quote(mount.serverPath()) + ") }";
    mountAccessors.add(new Views.Accessor(GoText.comment(method + " returns the client of " + mount.api().info().title()
        + ", mounted at " + mount.key() + "; it is made on first use.", Optional.empty(), false), self, receiver, method,
        "", pkg + ".Client", self + "." + held + ".Get(" + make + ")"));
    return new Views.Member(List.of("// " + held + " holds the client " + method + " returns, once made."), held,
        "core.Lazy[" + pkg + ".Client]");
  }

  private static List<String> words(List<Name> path) {
    return path.stream().flatMap(n -> n.words().stream()).toList();
  }

  List<Views.Namespace> namespaces() {
    return namespaces;
  }

  List<Views.Member> members() {
    return members;
  }

  /** The methods returning each mount's client, made on first use. */
  List<Views.Accessor> mountAccessors() {
    return mountAccessors;
  }

  /** The root's methods for the shortcut mount's members, in the mount client's order. */
  List<Views.Accessor> shortcuts() {
    return shortcuts;
  }

  /** The README's sentence on the shortcuts, when there are any: the first both ways. */
  /** How user code reaches a mount's client: {@code client.Accounts.V1()}. */
  String reachedAs(Mount mount) {
    return "client" + access.get(mount.key());
  }

  List<Views.ShortcutLine> readme() {
    return readme.stream().limit(1).toList();
  }

  List<String> init() {
    return init;
  }

  /** The import path of each mount's package, by package name. */
  Map<String, String> imports() {
    return imports;
  }
}
