package dev.switchboard.golang;

import dev.switchboard.core.bundle.Mount;
import dev.switchboard.core.bundle.Namespace;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The root client of an SDK of several specs: a field per namespace or mount ({@code
 * client.Accounts.V1}), each namespace a struct of the root package, each mount the client of its
 * package made once from the root's runtime client, so that every mount shares its options.
 */
final class RootClient {
  private final SymbolTable.Scope scope;
  private final String module;
  private final List<Views.Namespace> namespaces = new ArrayList<>();
  private final List<Views.Member> members = new ArrayList<>();
  private final List<String> init = new ArrayList<>();
  private final Map<String, String> imports = new LinkedHashMap<>();

  RootClient(SymbolTable.Scope scope, String module) {
    this.scope = scope;
    this.module = module;
  }

  void add(Namespace root) {
    members.addAll(level(root, "client"));
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

  List<String> init() {
    return init;
  }

  /** The import path of each mount's package, by package name. */
  Map<String, String> imports() {
    return imports;
  }
}
