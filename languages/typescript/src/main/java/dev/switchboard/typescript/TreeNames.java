package dev.switchboard.typescript;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.plan.ResourceTree;
import dev.switchboard.core.plan.TreeMethod;
import dev.switchboard.core.plan.TreeNode;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The TypeScript names of the client's tree, decided before any file is printed since a parent's
 * module names its children's classes: each resource's classes and module, each method and child
 * as its class has it, and the client's members (roots, then shortcuts).
 */
final class TreeNames {
  /**
   * A resource's names: {@code list}, the collection's type ({@code MessageList}: an interface and
   * the function that makes it when keyed, else a class); {@code context}, the member's class
   * ({@code MessageContext}) when keyed; {@code module}, its module in {@code resources/}.
   */
  record Classes(String list, Optional<String> context, String module) {
    boolean keyed() {
      return context.isPresent();
    }
  }

  /** Properties a function already has, which a keyed collection (a function) must not take. */
  private static final List<String> FUNCTION_MEMBERS = List.of("apply", "arguments", "bind", "call", "caller",
      "constructor", "length", "name", "prototype", "toString");

  private final Map<String, Classes> classes = new LinkedHashMap<>();
  /** A method's name on its class, by operation id. */
  private final Map<String, String> methods = new HashMap<>();
  /** A resource's name on its parent's class, by node id. */
  private final Map<String, String> members = new HashMap<>();
  /** The client's members that reach a resource, by node id: its roots and shortcuts' targets. */
  private final Map<String, String> roots = new LinkedHashMap<>();
  private final Map<String, String> shortcuts = new LinkedHashMap<>();

  private TreeNames() {}

  /**
   * Every name of {@code tree}: classes in {@code model}'s type names, modules in {@code modules},
   * the client's members in {@code client}, claimed before any flat resource's.
   */
  static TreeNames of(SdkModel model, ResourceTree tree, SymbolTable.Scope modules, SymbolTable.Scope client) {
    TreeNames names = new TreeNames();
    for (TreeNode node : tree.nodes()) {
      String list = model.symbols.resourceClass(suffixed(node.type(), "list"));
      Optional<String> context = node.key().map(key -> model.symbols.resourceClass(suffixed(node.type(), "context")));
      String module = modules.claimGenerated(NameKind.RESOURCE, Case.kebab(node.type().words()));
      names.classes.put(node.id(), new Classes(list, context, module));
    }
    for (TreeNode node : tree.nodes()) {
      names.nameMembers(model, tree, node);
    }
    tree.roots().forEach(id -> names.roots.put(id, claim(client, tree.node(id).name(), id)));
    tree.shortcuts().forEach(s -> names.shortcuts.put(s.target(), claim(client, s.name(), s.target())));
    return names;
  }

  /** Methods first, then children: a keyed resource's collection and member are two classes. */
  private void nameMembers(SdkModel model, ResourceTree tree, TreeNode node) {
    Classes own = classes.get(node.id());
    SymbolTable.Scope list = model.table.scope("tree members " + own.list())
        .reserve(own.keyed() ? FUNCTION_MEMBERS : List.of("constructor"));
    SymbolTable.Scope instance = own.keyed()
        ? model.table.scope("tree members " + own.context().orElseThrow()).reserve(List.of("constructor")) : list;
    node.collection().forEach(m -> methods.put(m.operation(), method(model, list, m)));
    node.instance().forEach(m -> methods.put(m.operation(), method(model, instance, m)));
    node.instanceChildren().forEach(id -> members.put(id, claim(instance, tree.node(id).name(), id)));
    node.collectionChildren().forEach(id -> members.put(id, claim(list, tree.node(id).name(), id)));
  }

  private static String method(SdkModel model, SymbolTable.Scope scope, TreeMethod method) {
    return TsSymbols.identifierMember(scope, NameKind.OPERATION, method.name(),
        model.operations.get(method.operation()).source());
  }

  private static String claim(SymbolTable.Scope scope, Name name, String id) {
    return TsSymbols.identifierMember(scope, NameKind.RESOURCE, name, "#/x-tree" + id);
  }

  private static Name suffixed(Name type, String word) {
    List<String> words = new ArrayList<>(type.words());
    words.add(word);
    return new Name(words, type.wire());
  }

  Classes classes(String id) {
    return classes.get(id);
  }

  String method(String operation) {
    return methods.get(operation);
  }

  /** The resource's name on its parent's class. */
  String member(String id) {
    return members.get(id);
  }

  /** The client's roots, by node id, in the tree's order. */
  Map<String, String> roots() {
    return roots;
  }

  /** The client's shortcuts, by the id of the resource each reaches. */
  Map<String, String> shortcuts() {
    return shortcuts;
  }
}
