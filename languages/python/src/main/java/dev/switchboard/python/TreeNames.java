package dev.switchboard.python;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Words;
import dev.switchboard.core.plan.ResourceTree;
import dev.switchboard.core.plan.TreeMethod;
import dev.switchboard.core.plan.TreeNode;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.spec.JsonPointers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Python names of the resource tree, decided once: each node's module and classes, its member
 * name on its parent (or on the client, for a root), and its methods; the client's shortcuts.
 * Classes are claimed with the package's other classes, so a model of the same name keeps it and
 * the node's classes take a number ({@code Message2List}).
 */
final class TreeNames {
  /**
   * One node's names: {@code module} below the {@code tree} package, its collection classes and,
   * for a keyed node, its instance classes; {@code key} the parameter calling the collection takes.
   */
  record NodeNames(String module, String list, String asyncList, Optional<String> context,
      Optional<String> asyncContext, Optional<String> key) {}

  private final ResourceTree tree;
  private final Map<String, NodeNames> nodes = new LinkedHashMap<>();
  private final Map<String, String> members = new LinkedHashMap<>();
  private final Map<String, String> methods = new LinkedHashMap<>();
  private final Map<ResourceTree.Shortcut, String> shortcuts = new LinkedHashMap<>();

  /** Claims the classes in {@code symbols}, the client's members (roots, then shortcuts) in {@code client}. */
  TreeNames(ResourceTree tree, PythonSymbols symbols, SymbolTable.Scope client) {
    this.tree = tree;
    SymbolTable.Scope modules = symbols.newScope();
    for (TreeNode node : tree.nodes()) {
      nodes.put(node.id(), classes(node, symbols, modules));
    }
    for (String root : tree.roots()) {
      members.put(root, claim(client, NameKind.RESOURCE, tree.node(root).name(), root));
    }
    for (ResourceTree.Shortcut shortcut : tree.shortcuts()) {
      shortcuts.put(shortcut, claim(client, NameKind.RESOURCE, shortcut.name(), shortcut.target()));
    }
    for (TreeNode node : tree.nodes()) {
      if (node.key().isPresent()) {
        members(node, node.collection(), node.collectionChildren(), symbols.newScope());
        members(node, node.instance(), node.instanceChildren(), symbols.newScope());
      } else {
        List<TreeMethod> both = Stream.concat(node.collection().stream(), node.instance().stream()).toList();
        members(node, both,
            Stream.concat(node.collectionChildren().stream(), node.instanceChildren().stream()).toList(), symbols.newScope());
      }
    }
  }

  private static NodeNames classes(TreeNode node, PythonSymbols symbols, SymbolTable.Scope modules) {
    String module = claim(modules, NameKind.RESOURCE, node.type(), node.id());
    String base = PythonSymbols.pascal(node.type());
    boolean keyed = node.key().isPresent();
    String chosen = base;
    for (int n = 2; !symbols.claimAll(classNames(chosen, keyed)); n++) {
      chosen = base + n;
    }
    List<String> names = classNames(chosen, keyed);
    return new NodeNames(module, names.get(0), names.get(1), keyed ? Optional.of(names.get(2)) : Optional.empty(),
        keyed ? Optional.of(names.get(3)) : Optional.empty(),
        node.key().map(key -> PythonSymbols.snake(Words.split(key))));
  }

  /** The node's classes, then their raw-response views, which are claimed whether or not printed. */
  private static List<String> classNames(String base, boolean keyed) {
    List<String> classes = keyed
        ? List.of(base + "List", "Async" + base + "List", base + "Context", "Async" + base + "Context")
        : List.of(base + "List", "Async" + base + "List");
    return Stream.concat(classes.stream(), classes.stream().map(RawViews::name)).toList();
  }

  /** One class's methods, then its children, unique together. */
  private void members(TreeNode node, List<TreeMethod> own, List<String> children, SymbolTable.Scope scope) {
    scope.reserve(List.of("with_raw_response"));
    for (TreeMethod method : own) {
      methods.put(method.operation(), claim(scope, NameKind.OPERATION, method.name(), node.id()));
    }
    for (String child : children) {
      members.put(child, claim(scope, NameKind.RESOURCE, tree.node(child).name(), child));
    }
  }

  private static String claim(SymbolTable.Scope scope, NameKind kind, Name name, String id) {
    return PythonSymbols.claim(scope, kind, name, JsonPointers.child("/paths", id));
  }

  NodeNames node(String id) {
    return nodes.get(id);
  }

  /** The member that reaches node {@code id} from its parent, or from the client for a root. */
  String member(String id) {
    return members.get(id);
  }

  /** The Python name of the method that calls {@code operation}. */
  String method(String operation) {
    return methods.get(operation);
  }

  /** The client's member for the shortcut to node {@code target}. */
  String shortcut(String target) {
    return shortcuts.entrySet().stream().filter(e -> e.getKey().target().equals(target)).map(Map.Entry::getValue)
        .findFirst().orElseThrow();
  }

  /** Each shortcut with its member name on the client. */
  Map<ResourceTree.Shortcut, String> shortcuts() {
    return shortcuts;
  }
}
