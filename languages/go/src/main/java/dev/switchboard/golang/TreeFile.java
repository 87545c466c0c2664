package dev.switchboard.golang;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.naming.Words;
import dev.switchboard.core.plan.CredentialDefault;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.ResourceTree;
import dev.switchboard.core.plan.TreeMethod;
import dev.switchboard.core.plan.TreeNode;
import dev.switchboard.core.plan.TreeRoute;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The client of a spec that declares a resource tree ({@code client.Account("AC…").Message("SM…")
 * .Media().List(ctx)}): a struct per collection ({@code MessageList}) and per member ({@code
 * MessageContext}) of each resource, holding the runtime client and the path values bound so far.
 * An accessor named after the resource returns its collection, one named in the singular and taking
 * the key returns a member; where the two would be spelled alike ({@code Media}) the collection's
 * accessor ends in {@code List}. A side with nothing to call has neither class nor accessor.
 * Methods are printed as a flat resource's are, the held path values left out of their arguments.
 */
final class TreeFile {
  /** A resource's accessors on its parent or on the client; either is absent when its side has nothing. */
  private record Accessors(Optional<String> collection, Optional<String> instance) {}

  private final Plan plan;
  private final ResourceTree tree;
  private final ServiceFile printer;
  private final GoTypes types;
  private final SymbolTable symbols;
  private final Map<String, Operation> operations;
  private final GoExamples examples;
  private final Map<String, String> lists = new HashMap<>();
  private final Map<String, String> contexts = new HashMap<>();
  private final Map<String, Accessors> below = new HashMap<>();
  /** The client's accessors of each shortcut, by the node it reaches. */
  private final Map<String, Accessors> shortcuts = new HashMap<>();
  private final Map<String, String> methodNames = new HashMap<>();
  private final List<ClientMember> clientMembers = new ArrayList<>();

  /** Claims the classes of every resource, before any other name the generator makes up. */
  TreeFile(Plan plan, ServiceFile printer, GoTypes types, SymbolTable symbols, Map<String, Operation> operations) {
    this.plan = plan;
    this.tree = plan.tree();
    this.printer = printer;
    this.types = types;
    this.symbols = symbols;
    this.operations = operations;
    this.examples = new GoExamples(types);
    for (TreeNode node : tree.nodes()) {
      String type = GoSymbols.exported(node.type().words());
      if (node.hasCollection()) {
        lists.put(node.id(), types.scope().claimGenerated(NameKind.TYPE, type + "List"));
      }
      if (hasInstance(node)) {
        contexts.put(node.id(), types.scope().claimGenerated(NameKind.TYPE, type + "Context"));
      }
    }
  }


  private static boolean hasInstance(TreeNode node) {
    return node.key().isPresent() && (!node.instance().isEmpty() || !node.instanceChildren().isEmpty());
  }

  /** The client's accessors, claimed in {@code scope}: the roots, then the shortcuts. */
  List<Views.Accessor> clientAccessors(SymbolTable.Scope scope) {
    List<Views.Accessor> accessors = new ArrayList<>();
    for (String id : tree.roots()) {
      TreeNode node = tree.node(id);
      Accessors names = claim(scope, node.name(), node);
      below.put(id, names);
      clientMembers.addAll(members(node.name(), names, node));
      accessors.addAll(accessors(names, node, "c", "Client", "c.runtime", List.of(), ""));
    }
    for (ResourceTree.Shortcut shortcut : tree.shortcuts()) {
      TreeNode target = tree.node(shortcut.target());
      Accessors names = claim(scope, shortcut.name(), target);
      shortcuts.put(shortcut.target(), names);
      clientMembers.addAll(members(shortcut.name(), names, target));
      // The value left unset is filled at call time as a call that leaves the parameter out fills it.
      List<String> unset = target.bound().stream().map(b -> "nil").toList();
      accessors.addAll(accessors(names, target, "c", "Client", "c.runtime", unset, defaulted(target)));
    }
    return accessors;
  }

  /** The client's accessors by the tree's member each reaches, after {@link #clientAccessors}. */
  List<ClientMember> clientMembers() {
    return clientMembers;
  }

  private List<ClientMember> members(Name member, Accessors names, TreeNode node) {
    List<ClientMember> out = new ArrayList<>();
    names.collection().ifPresent(name -> out.add(new ClientMember(member, name, Optional.empty(), lists.get(node.id()), false)));
    names.instance().ifPresent(name -> {
      String keyType = keyType(node);
      ClientMember.Key key = new ClientMember.Key(GoSymbols.local(Name.of(node.key().orElseThrow()).words()), keyType,
          types.declares(keyType));
      out.add(new ClientMember(member, name, Optional.of(key), contexts.get(node.id()), false));
    });
    return out;
  }

  /** Each resource's file by its id, in the tree's order; after {@link #clientAccessors}, which examples start from. */
  Map<String, Views.Resource> files() {
    for (TreeNode node : tree.nodes()) {
      claimMembers(node);
    }
    Map<String, Views.Resource> files = new LinkedHashMap<>();
    for (TreeNode node : tree.nodes()) {
      List<Views.TreeClass> classes = new ArrayList<>();
      if (node.hasCollection()) {
        classes.add(printClass(node, false));
      }
      if (hasInstance(node)) {
        classes.add(printClass(node, true));
      }
      files.put(node.id(), new Views.Resource(null, classes));
    }
    return files;
  }

  /** A resource's type words: its files are named after them. */
  Name type(String id) {
    return tree.node(id).type();
  }

  /** The methods a class prints: a resource without a key prints both sides in one class. */
  private static List<TreeMethod> methods(TreeNode node, boolean instance) {
    if (instance) {
      return node.instance();
    }
    return node.key().isPresent() ? node.collection()
        : Stream.concat(node.collection().stream(), node.instance().stream()).toList();
  }

  private List<String> children(TreeNode node, boolean instance) {
    if (instance) {
      return node.instanceChildren();
    }
    return node.key().isPresent() ? node.collectionChildren()
        : Stream.concat(node.collectionChildren().stream(), node.instanceChildren().stream()).toList();
  }

  /** How many path values a class holds: its ancestors' keys, and its own on the member side. */
  private static int held(TreeNode node, boolean instance) {
    return node.bound().size() + (instance ? 1 : 0);
  }

  private String className(TreeNode node, boolean instance) {
    return (instance ? contexts : lists).get(node.id());
  }

  /** A class's method names first, so an accessor yields to a method; then its children's accessors. */
  private void claimMembers(TreeNode node) {
    for (boolean instance : List.of(false, true)) {
      if (instance ? !hasInstance(node) : !node.hasCollection()) {
        continue;
      }
      SymbolTable.Scope members = symbols.scope("tree:" + className(node, instance));
      PagesTwins.reserve(members, methods(node, instance), m -> plan.operation(m.operation()), TreeMethod::name);
      for (TreeMethod method : methods(node, instance)) {
        Operation ir = operations.get(method.operation());
        methodNames.put(className(node, instance) + "\n" + method.operation(), members.claim(NameKind.OPERATION,
            GoSymbols.PROVIDER.spell(NameKind.OPERATION, method.name()), new SymbolTable.Source(ir.localName().wire(), ir.source())));
      }
      for (String child : children(node, instance)) {
        TreeNode childNode = tree.node(child);
        below.put(child, claim(members, childNode.name(), childNode));
      }
    }
  }

  private Accessors claim(SymbolTable.Scope scope, Name name, TreeNode node) {
    String plural = GoSymbols.exported(name.words());
    List<String> words = new ArrayList<>(name.words());
    words.set(words.size() - 1, Words.singular(words.get(words.size() - 1)));
    String singular = GoSymbols.exported(words);
    String collection = hasInstance(node) && singular.equals(plural) ? plural + "List" : plural;
    return new Accessors(
        node.hasCollection() ? Optional.of(scope.claimGenerated(NameKind.RESOURCE, collection)) : Optional.empty(),
        hasInstance(node) ? Optional.of(scope.claimGenerated(NameKind.RESOURCE, singular)) : Optional.empty());
  }

  private Views.TreeClass printClass(TreeNode node, boolean instance) {
    String name = className(node, instance);
    int held = held(node, instance);
    List<Views.Params> params = new ArrayList<>();
    List<Views.Method> methods = new ArrayList<>();
    for (TreeMethod method : methods(node, instance)) {
      PlanOperation operation = plan.operation(method.operation());
      String methodName = methodNames.get(name + "\n" + method.operation());
      String paramsName = GoSymbols.exported(node.type().words()) + GoSymbols.exported(method.name().words()) + "Params";
      methods.addAll(printer.method(operation, methodName, new ServiceFile.Receiver(name, paramsName, held), params));
      printer.example(operation, receiver(method.operation()), name, methodName, held);
    }
    List<String> holding = new ArrayList<>();
    for (int i = 0; i < held; i++) {
      holding.add("s.path[" + i + "]");
    }
    List<Views.Accessor> accessors = new ArrayList<>();
    for (String child : children(node, instance)) {
      TreeNode childNode = tree.node(child);
      accessors.addAll(accessors(below.get(child), childNode, "s", name, "s.client", holding, ""));
    }
    String what = instance ? "one of the " + node.name().wire() + ": the one whose " + node.key().orElseThrow() + " it holds"
        : (node.key().isPresent() ? "the " + node.name().wire() + " collection" : "the resource " + node.name().wire());
    List<String> doc = GoText.comment(name + " calls the operations of " + what + ".", Optional.empty(), false);
    return new Views.TreeClass(doc, name, held > 0, params, accessors, methods);
  }

  /**
   * The accessors of {@code node} on a receiver {@code self} of type {@code receiver}: the new
   * class gets {@code runtime} and the path values {@code holding}, the member's key after them.
   */
  private List<Views.Accessor> accessors(Accessors names, TreeNode node, String self, String receiver, String runtime,
      List<String> holding, String note) {
    List<Views.Accessor> out = new ArrayList<>();
    names.collection().ifPresent(accessor -> {
      String type = lists.get(node.id());
      String path = holding.isEmpty() ? "" : ", path: " + (holding.get(0).startsWith("s.path") ? "s.path" : literal(holding));
      String what = node.key().isPresent() ? "the collection of " + node.name().wire() : "the resource " + node.name().wire();
      out.add(new Views.Accessor(GoText.comment(accessor + " returns " + what + "." + note, Optional.empty(), false),
          self, receiver, accessor, "", type, "&" + type + "{client: " + runtime + path + "}"));
    });
    names.instance().ifPresent(accessor -> {
      String type = contexts.get(node.id());
      SymbolTable.Scope locals = symbols.newScope().reserveWords(GoSymbols.localReserved()).reserveWords(Set.of("s", "c"));
      String key = locals.claimGenerated(NameKind.PARAMETER, GoSymbols.local(Name.of(node.key().orElseThrow()).words()));
      List<String> path = new ArrayList<>(holding);
      path.add(key);
      out.add(new Views.Accessor(GoText.comment(accessor + " returns the one of " + node.name().wire() + " whose "
          + node.key().get() + " is " + key + "." + note, Optional.empty(), false), self, receiver, accessor,
          key + " " + keyType(node), type, "&" + type + "{client: " + runtime + ", path: " + literal(path) + "}"));
    });
    return out;
  }

  private static String literal(List<String> values) {
    return "[]any{" + String.join(", ", values) + "}";
  }

  /** The Go type of a resource's key, as the first operation below it that names it declares it. */
  private String keyType(TreeNode node) {
    int at = node.bound().size();
    return below(node).map(plan::operation).map(ServiceFile::pathOrder).filter(path -> path.size() > at)
        .map(path -> types.of(path.get(at).type())).findFirst().orElse("string");
  }

  /** The operations of a resource's members and of the resources below them. */
  private Stream<String> below(TreeNode node) {
    return Stream.concat(node.instance().stream().map(TreeMethod::operation),
        node.instanceChildren().stream().map(tree::node).flatMap(this::calls));
  }

  /** The operations of a resource, collection first, and of the resources below its members. */
  private Stream<String> calls(TreeNode node) {
    return Stream.concat(node.collection().stream().map(TreeMethod::operation), below(node));
  }

  /** What a shortcut's doc adds: where the value it leaves out comes from. */
  private String defaulted(TreeNode target) {
    String parameter = target.bound().get(0);
    Optional<CredentialDefault> from = calls(target).map(plan::operation).flatMap(o -> o.inputs().stream())
        .filter(i -> i.location() == Input.Location.PATH && i.wire().equals(parameter))
        .flatMap(i -> i.defaultFrom().stream()).findFirst();
    return from.map(d -> " Its " + parameter + " is the client's: " + d.option().map(o -> "With" + GoSymbols.exported(o.words())
        + ", else ").orElse("") + "the " + d.credential() + " of " + d.scheme() + ".").orElse("");
  }

  /** How an example reaches an operation's method from {@code client}, by its route. */
  private String receiver(String operation) {
    TreeRoute route = tree.route(operation).orElseThrow();
    List<Input> path = ServiceFile.pathOrder(plan.operation(operation));
    int next = route.defaulted() ? 1 : 0;
    StringBuilder call = new StringBuilder("client");
    // A defaulted route starts at a shortcut: the client's accessors of its first node.
    Map<String, Accessors> reached = route.defaulted() ? shortcuts : below;
    for (TreeRoute.Step step : route.steps()) {
      Accessors names = reached.get(step.node());
      reached = below;
      if (step.called()) {
        String key = next < path.size() ? examples.argument(path.get(next)) : "\"example\"";
        next++;
        call.append('.').append(names.instance().orElseThrow()).append('(').append(key).append(')');
      } else {
        call.append('.').append(names.collection().orElseThrow()).append("()");
      }
    }
    return call.toString();
  }
}
