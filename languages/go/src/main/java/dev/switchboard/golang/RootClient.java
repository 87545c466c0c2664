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
 * The root client of an SDK of several specs: a field per namespace or mount ({@code
 * client.Accounts.V1}), each namespace a struct of the root package, each mount the client of its
 * package made once from the root's runtime client, so that every mount shares its options. The
 * members of the {@code shortcuts:} mount's client are methods of the root returning the same
 * ({@code client.Messages()} is {@code client.API.V2010.Messages()}).
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
  private final List<Views.Accessor> shortcuts = new ArrayList<>();
  private final List<Views.ShortcutLine> readme = new ArrayList<>();

  RootClient(SymbolTable symbols, SymbolTable.Scope scope, String module) {
    this.symbols = symbols;
    this.scope = scope;
    this.clientMembers = symbols.scope("client");
    this.module = module;
  }

  void add(Namespace root) {
    members.addAll(level(root, "client"));
    clientMembers.reserve(members.stream().map(Views.Member::field).toList());
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

  private List<Views.Member> level(Namespace level, String access) {
    List<Views.Member> fields = new ArrayList<>();
    for (Namespace child : level.namespaces()) {
      String field = GoSymbols.exported(child.name().words());
      String type = scope.claimGenerated(NameKind.TYPE, GoSymbols.exported(words(child.path())) + "Namespace");
      init.add(access + "." + field + " = &" + type + "{}");
      List<Views.Member> below = level(child, access + "." + field);
      String path = String.join("/", child.path().stream().map(Name::wire).toList());
      namespaces.add(new Views.Namespace(GoText.comment(type + " holds the APIs mounted below " + path + ".",
          Optional.empty(), false), type, below));
      fields.add(new Views.Member(GoText.comment(field + " holds the APIs mounted below " + path + ".", Optional.empty(),
          false), field, "*" + type));
    }
    for (Mount mount : level.mounts()) {
      String field = GoSymbols.exported(mount.path().get(mount.path().size() - 1).words());
      String pkg = GoPlugin.mountPackage(mount.path());
      imports.put(pkg, module + "/" + GoPlugin.folder(mount.path()));
      this.access.put(mount.key(), access.substring("client".length()) + "." + field);
      init.add(access + "." + field + " = " + pkg + ".Mount(root, " + GoText.quote(mount.serverPath()) + ")");
      fields.add(new Views.Member(GoText.comment(field + " is the client of " + mount.api().info().title() + ", mounted at "
          + mount.key() + ".", Optional.empty(), false), field, "*" + pkg + ".Client"));
    }
    return fields;
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

  /** The root's methods for the shortcut mount's members, in the mount client's order. */
  List<Views.Accessor> shortcuts() {
    return shortcuts;
  }

  /** The README's sentence on the shortcuts, when there are any: the first both ways. */
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
