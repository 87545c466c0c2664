package dev.switchboard.python;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.TreeMethod;
import dev.switchboard.core.plan.TreeNode;
import dev.switchboard.python.PyTypes.Scope;
import dev.switchboard.python.PyTypes.Use;
import dev.switchboard.python.TreeNames.NodeNames;
import dev.switchboard.python.view.RawView;
import dev.switchboard.python.view.ResourceView.MethodView;
import dev.switchboard.python.view.TreeModuleView;
import dev.switchboard.python.view.TreeModuleView.CallView;
import dev.switchboard.python.view.TreeModuleView.ChildView;
import dev.switchboard.python.view.TreeModuleView.ClassView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the module {@code tree/<node>.py} of one resource of the client's tree. Its methods are
 * the flat resources' methods ({@link OperationBuilder}, {@link MethodPrinter}) less the path
 * parameters the resource holds: its ancestors' keys and, on one member, its own.
 */
final class TreeBuilder {
  private final PyTypes types;
  private final Plan plan;
  private final TreeNames names;
  private final Map<String, Operation> operations = new LinkedHashMap<>();
  /** Each operation's method as printed, by operation id: the README calls these. */
  private final Map<String, OperationPlan> printed = new LinkedHashMap<>();

  TreeBuilder(Api api, PyTypes types, Plan plan, TreeNames names) {
    this.types = types;
    this.plan = plan;
    this.names = names;
    api.operations().forEach(op -> operations.put(op.id(), op));
  }

  Map<String, OperationPlan> printed() {
    return printed;
  }

  TreeModuleView build(TreeNode node) {
    NodeNames own = names.node(node.id());
    Imports imports = types.imports();
    Imports typeChecking = types.imports();
    imports.name("__future__", "annotations").name("typing", "Any").name(".._core", "SyncCore").name(".._core", "AsyncCore");
    Scope scope = Scope.resources(imports, typeChecking, memberNames(node));
    OperationBuilder builder = new OperationBuilder(types, scope);
    int bound = node.bound().size();
    List<OperationPlan> collection = plans(builder, node.collection(), bound);
    List<OperationPlan> instance = plans(builder, node.instance(), node.key().isPresent() ? bound + 1 : bound);
    if (!collection.isEmpty() || !instance.isEmpty()) {
      imports.name("typing", "Optional").name(".._types", "RequestOptions");
    }
    if (!node.collectionChildren().isEmpty() || !node.instanceChildren().isEmpty()) {
      imports.module("functools");
    }
    List<ClassView> classes = new ArrayList<>();
    for (boolean async : List.of(false, true)) {
      if (own.context().isPresent()) {
        classes.add(classView(node, async, collection, node.collectionChildren(), true, imports, typeChecking));
        classes.add(classView(node, async, instance, node.instanceChildren(), false, imports, typeChecking));
      } else {
        List<OperationPlan> both = Stream.concat(collection.stream(), instance.stream()).toList();
        List<String> children = Stream.concat(node.collectionChildren().stream(), node.instanceChildren().stream()).toList();
        classes.add(classView(node, async, both, children, true, imports, typeChecking));
      }
    }
    if (!typeChecking.isEmpty()) {
      imports.name("typing", "TYPE_CHECKING");
    }
    List<RawView> raws = classes.stream().map(ClassView::raw).filter(Objects::nonNull).toList();
    List<String> exported = new ArrayList<>(classes.stream().map(ClassView::name).toList());
    raws.forEach(raw -> exported.add(raw.name()));
    exported.sort(Imports::compareNames);
    List<String> endpoints = Stream.concat(collection.stream(), instance.stream()).map(OperationPlan::endpoint).toList();
    return new TreeModuleView(PyText.docstring(Optional.of("The " + words(node) + " of the client's tree."), 0).orElseThrow(),
        imports.render(), typeChecking.render(4),
        PyCode.wrap(0, "__all__ = [", exported.stream().map(PyText::literal).toList(), "]", 0), endpoints, classes, raws);
  }

  private List<OperationPlan> plans(OperationBuilder builder, List<TreeMethod> methods, int bound) {
    List<OperationPlan> plans = new ArrayList<>();
    for (TreeMethod method : methods) {
      OperationPlan printedPlan = builder.plan(operations.get(method.operation()), plan.operation(method.operation()),
          names.method(method.operation()), bound);
      printed.put(method.operation(), printedPlan);
      plans.add(printedPlan);
    }
    return plans;
  }

  /** Names a class of the module defines, which its annotations must not take for builtins. */
  private Set<String> memberNames(TreeNode node) {
    Set<String> members = new HashSet<>();
    Stream.concat(node.collection().stream(), node.instance().stream()).forEach(m -> members.add(names.method(m.operation())));
    Stream.concat(node.collectionChildren().stream(), node.instanceChildren().stream()).forEach(c -> members.add(names.member(c)));
    return members;
  }

  /** The collection (or a keyless resource's one class) when {@code collection}, else one member. */
  private ClassView classView(TreeNode node, boolean async, List<OperationPlan> methods, List<String> children,
      boolean collection, Imports imports, Imports typeChecking) {
    NodeNames own = names.node(node.id());
    String name = collection ? (async ? own.asyncList() : own.list())
        : (async ? own.asyncContext() : own.context()).orElseThrow();
    String docstring = collection
        ? own.key().map(key -> words(node) + ": call with a " + key + " for one of them.").orElse("The " + words(node) + ".")
        : "One of the " + words(node) + ", by its " + own.key().orElseThrow() + ".";
    CallView call = collection ? own.key().map(key -> call(node, key, async)).orElse(null) : null;
    List<ChildView> childViews = children.stream().map(child -> child(child, async, typeChecking)).toList();
    MethodPrinter printer = new MethodPrinter(imports);
    List<MethodView> methodViews = methods.stream().map(m -> printer.method(m, async)).toList();
    RawView raw = RawViews.of(imports, name, List.of("resource._core", "resource._path"), methods, async).orElse(null);
    return new ClassView(name, PyText.docstring(Optional.of(capitalised(docstring)), 4).orElseThrow(),
        async ? "AsyncCore" : "SyncCore", call, childViews, methodViews, raw);
  }

  /** {@code __call__}: the member with this key, holding the values bound so far and the key. */
  private CallView call(TreeNode node, String key, boolean async) {
    NodeNames own = names.node(node.id());
    String context = (async ? own.asyncContext() : own.context()).orElseThrow();
    String header = ClientBuilder.header("__call__", "self, " + key + ": " + keyType(node), context);
    String body = PyCode.call(8, "return " + context + "(", List.of("self._core", "(*self._path, " + key + ")",
        "raw=self._raw"), ")");
    return new CallView(header, PyText.docstring(Optional.of("The one with this " + key + "."), 8).orElseThrow(), body);
  }

  /** The key's annotation: its path parameter's type in a member's operation, else {@code str}. */
  private String keyType(TreeNode node) {
    String key = node.key().orElseThrow();
    return node.instance().stream().map(m -> plan.operation(m.operation()))
        .flatMap(op -> op.inputs().stream()).filter(i -> i.location() == Input.Location.PATH && i.wire().equals(key))
        .findFirst().map(i -> types.type(i.type(), Use.ARGUMENT, Scope.resources(new Imports(), Set.of())).flat())
        .filter(type -> List.of("str", "int", "float").contains(type)).orElse("str");
  }

  /** A child as a property whose module is imported on first access. */
  private ChildView child(String id, boolean async, Imports typeChecking) {
    NodeNames child = names.node(id);
    String className = async ? child.asyncList() : child.list();
    typeChecking.name("." + child.module(), className);
    String header = ClientBuilder.propertyHeader(names.member(id), className);
    return new ChildView(header, ClientBuilder.lazyConstruction("." + child.module(), className,
        List.of("self._core", "self._path", "raw=self._raw")));
  }

  private static String words(TreeNode node) {
    return String.join(" ", node.name().words());
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
