package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.ResourceTree;
import dev.switchboard.core.plan.TreeMethod;
import dev.switchboard.core.plan.TreeRoute;
import dev.switchboard.core.plan.TreeNode;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The client as a tree of resources (docs/plan.md, "The resource tree"): a keyed resource is a
 * {@code <Type>List} (its collection's operations) and a {@code <Type>Context} (one member's), a
 * resource without a key one {@code <Type>List} with both; each also asynchronous ({@code
 * <Type>ListAsync}). Each holds the path values bound so far and sends them itself: {@code
 * client.accounts("AC1").messages().create(params)}.
 */
final class TreeGenerator {
  /**
   * One class of the tree: the side of {@code node} it prints ({@code member} for a keyed node's
   * context), its operations, and its child resources by member name.
   */
  record TreeClass(TreeNode node, boolean member, ResourceModel model, Map<TreeNode, String> children) {}

  private final ResourceTree tree;
  private final JavaSymbols symbols;
  private final Map<String, ClassName> lists = new LinkedHashMap<>();
  private final Map<String, ClassName> contexts = new LinkedHashMap<>();
  private final Api api;
  private final Plan plan;
  private final JavaTypes types;
  /** Made on first use: the root of several specs needs only the classes' names. */
  private List<TreeClass> classes;

  TreeGenerator(Api api, Plan plan, JavaTypes types) {
    this.tree = plan.tree();
    this.symbols = types.symbols();
    this.api = api;
    this.plan = plan;
    this.types = types;
    // Names first, so every class can refer to its children's.
    tree.nodes().forEach(this::claim);
  }

  /** Each node's classes with their operations and children, in the tree's order. */
  private List<TreeClass> model() {
    Map<String, Operation> operations = new LinkedHashMap<>();
    api.operations().forEach(op -> operations.put(op.id(), op));
    List<TreeClass> made = new ArrayList<>();
    for (TreeNode node : tree.nodes()) {
      List<TreeMethod> collection = node.collection();
      List<TreeMethod> instance = node.instance();
      if (node.key().isPresent()) {
        if (node.hasCollection()) {
          made.add(treeClass(node, false, collection, node.collectionChildren(), operations));
        }
        made.add(treeClass(node, true, instance, node.instanceChildren(), operations));
      } else {
        List<TreeMethod> methods = new ArrayList<>(collection);
        methods.addAll(instance);
        List<String> children = new ArrayList<>(node.collectionChildren());
        children.addAll(node.instanceChildren());
        made.add(treeClass(node, false, methods, children, operations));
      }
    }
    return List.copyOf(made);
  }

  /** Claims the node's class names where models and params are named, so neither takes the other's. */
  private void claim(TreeNode node) {
    SymbolTable.Scope scope = symbols.scope("models");
    String type = JavaSymbols.className(node.type());
    if (node.hasCollection()) {
      lists.put(node.id(), ClassName.get(symbols.services(), scope.claimGenerated(NameKind.TYPE, type + "List")));
    }
    if (node.key().isPresent()) {
      contexts.put(node.id(), ClassName.get(symbols.services(), scope.claimGenerated(NameKind.TYPE, type + "Context")));
    }
  }

  private TreeClass treeClass(TreeNode node, boolean member, List<TreeMethod> methods, List<String> children,
      Map<String, Operation> operations) {
    // Methods and children share one scope: a Java class's methods and accessors are all members.
    SymbolTable.Scope scope = symbols.newScope().reserveWords(JavaNames.OBJECT_MEMBERS).reserve(ResourceModel.RESERVED);
    // It holds its ancestors' keys, and on the member side its own.
    int held = node.bound().size() + (member ? 1 : 0);
    Map<ResourceModel.Call, String> calls = new LinkedHashMap<>();
    for (TreeMethod method : methods) {
      Operation op = operations.get(method.operation());
      calls.put(new ResourceModel.Call(op, held), JavaSymbols.member(scope, NameKind.OPERATION, method.name(), op.source()));
    }
    Map<TreeNode, String> members = new LinkedHashMap<>();
    for (String id : children) {
      TreeNode child = tree.node(id);
      members.put(child, JavaSymbols.member(scope, NameKind.RESOURCE, child.name(), "/paths"));
    }
    ClassName name = member ? contexts.get(node.id()) : lists.get(node.id());
    ResourceModel.Classes names = new ResourceModel.Classes(name, async(name),
        ClassName.get(name.packageName(), name.simpleName() + "Endpoints"));
    return new TreeClass(node, member, new ResourceModel(names, docs(node, member), calls, plan, types), members);
  }

  private static String docs(TreeNode node, boolean member) {
    String path = "<code>" + Javadoc.escape(node.id()) + "</code>";
    if (member) {
      return "One of " + path + ", by its <code>" + Javadoc.escape(node.key().orElseThrow()) + "</code>.\n";
    }
    return node.key().isPresent() ? "The collection " + path + ".\n" : "The resource " + path + ".\n";
  }

  private static ClassName async(ClassName name) {
    return ClassName.get(name.packageName(), name.simpleName() + "Async");
  }

  TreeNode node(String id) {
    return tree.node(id);
  }

  List<TreeClass> classes() {
    if (classes == null) {
      classes = model();
    }
    return classes;
  }

  /** The class {@code node}'s collection is printed as, blocking or asynchronous. */
  ClassName list(TreeNode node, boolean async) {
    ClassName name = lists.get(node.id());
    return async ? async(name) : name;
  }

  /** The class one member of a keyed {@code node} is printed as. */
  Optional<ClassName> context(TreeNode node, boolean async) {
    return Optional.ofNullable(contexts.get(node.id())).map(name -> async ? async(name) : name);
  }

  /** The class a step of a call reaches: a node's member when the step binds its key, else its collection. */
  TreeClass at(TreeNode node, boolean member) {
    return classes().stream().filter(c -> c.node().equals(node) && c.member() == (member && node.key().isPresent()))
        .findFirst().orElseThrow();
  }

  /**
   * How a caller reaches the class of {@code method} along {@code route}: {@code
   * client.accounts("AC1").messages()}; a step that binds a key takes the next of the method's held
   * path values, spelled by {@code value} from its wire name. A shortcut leaves the first to the client.
   */
  String receiver(ClientGenerator client, TreeRoute route, ResourceModel.Method method, Function<String, String> value) {
    List<OperationInputs.Param> held = method.inputs().bound();
    int next = route.defaulted() ? 1 : 0;
    StringBuilder out = new StringBuilder("client");
    Map<TreeNode, String> members = route.defaulted() ? shortcuts(client) : client.roots();
    for (TreeRoute.Step step : route.steps()) {
      TreeNode node = tree.node(step.node());
      out.append('.').append(members.get(node)).append('(');
      if (step.called()) {
        out.append(value.apply(held.get(next++).parameter().name().wire()));
      }
      out.append(')');
      members = at(node, step.called()).children();
    }
    return out.toString();
  }

  private Map<TreeNode, String> shortcuts(ClientGenerator client) {
    Map<TreeNode, String> members = new LinkedHashMap<>();
    client.shortcuts().forEach((shortcut, name) -> members.put(tree.node(shortcut.target()), name));
    return members;
  }

  /** Every class's endpoints, blocking and asynchronous class. */
  List<JavaFile> files() {
    List<JavaFile> files = new ArrayList<>();
    for (TreeClass treeClass : classes()) {
      if (!treeClass.model().methods().isEmpty()) {
        files.add(new EndpointsGenerator(types).generate(treeClass.model()));
      }
      for (boolean async : List.of(false, true)) {
        ServiceGenerator service = new ServiceGenerator(symbols, async);
        TypeSpec.Builder spec = service.spec(treeClass.model(), true);
        treeClass.children().forEach((child, name) ->
            addChild(spec, name, child, CodeBlock.of("this.path"), "this.executor", async));
        files.add(JavaLayout.file(symbols.services(), spec.build()));
      }
    }
    return files;
  }

  /**
   * The accessor of {@code child} on a class whose path values are {@code held}: {@code name()}
   * for its collection (or the resource without a key) when it has one to reach, and for a keyed
   * one {@code name(key)} for one member, with the key appended to the values.
   */
  void addChild(TypeSpec.Builder spec, String name, TreeNode child, CodeBlock held, String executor, boolean async) {
    addChild(spec, name, child, held, executor, async, "");
  }

  /** As {@link #addChild}, with {@code note} after each accessor's first sentence. */
  void addChild(TypeSpec.Builder spec, String name, TreeNode child, CodeBlock held, String executor, boolean async,
      String note) {
    String wire = Javadoc.escape(child.name().wire());
    if (child.hasCollection()) {
      ClassName list = list(child, async);
      spec.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(list)
          .addJavadoc("The {@code $L} resource$L.$L\n", wire, child.key().isPresent() ? "s: their collection" : "", note)
          .addStatement("return new $T($L, $L)", list, executor, held).build());
    }
    Optional<ClassName> context = context(child, async);
    if (context.isEmpty()) {
      return;
    }
    String key = child.key().orElseThrow();
    String argument = JavaSymbols.member(Name.of(key));
    spec.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(context.get())
        .addParameter(String.class, argument)
        .addJavadoc("One of the {@code $L} resources, by its {@code $L}.$L\n\n@param $L its {@code $L}\n", wire,
            Javadoc.escape(key), note, argument, Javadoc.escape(key))
        .addCode(withKey(context.get(), executor, held, child.bound().isEmpty(), argument))
        .build());
  }

  /** The member's class, made with the held values and the key after them. */
  private static CodeBlock withKey(ClassName context, String executor, CodeBlock held, boolean none, String argument) {
    CodeBlock key = CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, argument, argument);
    if (none) {
      return CodeBlock.builder().addStatement("return new $T($L, $T.of($L))", context, executor, List.class, key).build();
    }
    return CodeBlock.builder()
        .addStatement("$T values = new $T<>($L)", ParameterizedTypeName.get(List.class, String.class), ArrayList.class, held)
        .addStatement("values.add($L)", key)
        .addStatement("return new $T($L, $T.unmodifiableList(values))", context, executor, Collections.class)
        .build();
  }
}
