package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.ResourceTree;
import dev.switchboard.core.plan.TreeNode;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** The client classes: a blocking one with its builder, and the asynchronous one it hands out. */
final class ClientGenerator {
  static final Set<String> RESERVED = Set.of("builder", "fromEnv", "async", "options", "getClass", "hashCode",
      "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize");

  private final Api api;
  private final JavaSymbols symbols;
  private final ClassName client;
  private final ClassName asyncClient;
  private final TreeGenerator tree;
  private final Map<TreeNode, String> roots = new LinkedHashMap<>();
  private final Map<ResourceTree.Shortcut, String> shortcuts = new LinkedHashMap<>();
  private final Map<Resource, String> accessors = new LinkedHashMap<>();

  /**
   * The client of {@code api}: its members are the tree's roots, then its shortcuts, then the
   * {@code flat} resources (those with operations no resource of the tree calls), named in that
   * order so a flat name that collides yields.
   */
  ClientGenerator(Api api, JavaSymbols symbols, Plan plan, TreeGenerator tree, List<Resource> flat) {
    this.api = api;
    this.symbols = symbols;
    this.tree = tree;
    this.client = clientName(api, symbols.clientPackage());
    this.asyncClient = ClassName.get(symbols.clientPackage(), client.simpleName() + "Async");
    SymbolTable.Scope scope = symbols.newScope().reserveWords(JavaNames.OBJECT_MEMBERS).reserve(RESERVED);
    plan.tree().roots().forEach(id -> roots.put(plan.tree().node(id),
        JavaSymbols.member(scope, NameKind.RESOURCE, plan.tree().node(id).name(), "/paths")));
    plan.tree().shortcuts().forEach(s -> shortcuts.put(s, JavaSymbols.member(scope, NameKind.RESOURCE, s.name(), "/paths")));
    flat.forEach(r -> accessors.put(r, JavaSymbols.member(scope, NameKind.RESOURCE, r.name(),
        r.operations().isEmpty() ? "/paths" : r.operations().get(0).source())));
  }

  /** The client class of {@code api} in {@code packageName}: its client name and {@code Client}. */
  static ClassName clientName(Api api, String packageName) {
    return ClassName.get(packageName, JavaSymbols.className(api.info().clientName()) + "Client");
  }

  ClassName client() {
    return client;
  }

  /** The client's accessor of each flat resource. */
  Map<Resource, String> accessors() {
    return accessors;
  }

  /** The client's member of each root of the tree. */
  Map<TreeNode, String> roots() {
    return roots;
  }

  /** The client's member of each shortcut. */
  Map<ResourceTree.Shortcut, String> shortcuts() {
    return shortcuts;
  }

  List<JavaFile> generate(String userAgent, Plan plan) {
    return List.of(blocking(userAgent, plan), async());
  }

  private JavaFile blocking(String userAgent, Plan plan) {
    ClassName executor = symbols.core("HttpExecutor");
    ClassName options = symbols.core("ClientOptions");
    TypeSpec.Builder spec = TypeSpec.classBuilder(client)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L", Javadoc.orElse(api.info().docs(), Javadoc.escape(api.info().title()) + "."))
        .addJavadoc("\n<p>Create one with {@link #builder()} or {@link #fromEnv()} and share it: it is thread-safe.\n")
        .addField(executor, "executor", Modifier.PRIVATE, Modifier.FINAL)
        .addField(asyncClient, "async", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(options, "options")
        .addStatement("this.executor = new $T(options)", executor)
        .addStatement("this.async = new $T(executor)", asyncClient);
    addResources(spec, constructor, false);
    spec.addMethod(constructor.build());
    spec.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(client.nestedClass("Builder"))
        .addJavadoc("A builder with the API's defaults; credentials not given are read from the environment.\n")
        .addStatement("return new Builder()").build());
    spec.addMethod(MethodSpec.methodBuilder("fromEnv").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(client)
        .addJavadoc("A client with credentials from environment variables; fails naming the variable to set.\n")
        .addStatement("return builder().fromEnv().build()").build());
    spec.addMethod(MethodSpec.methodBuilder("async").addModifiers(Modifier.PUBLIC)
        .returns(asyncClient)
        .addJavadoc("The same operations, returning {@link java.util.concurrent.CompletableFuture}s.\n")
        .addStatement("return async").build());
    spec.addMethod(MethodSpec.methodBuilder("options").addModifiers(Modifier.PUBLIC)
        .returns(options)
        .addJavadoc("The settings this client was built with.\n")
        .addStatement("return executor.options()").build());
    spec.addType(new ClientBuilderGenerator(symbols, client).generate(userAgent, plan));
    return JavaLayout.file(client.packageName(), spec.build());
  }

  private JavaFile async() {
    ClassName executor = symbols.core("HttpExecutor");
    TypeSpec.Builder spec = TypeSpec.classBuilder(asyncClient)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The operations of {@link $T}, each returning a {@link java.util.concurrent.CompletableFuture}.\n", client);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addParameter(executor, "executor");
    if (!roots.isEmpty()) {
      // The tree's classes are made on each call, with the executor.
      spec.addField(executor, "executor", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.executor = executor");
    }
    addResources(spec, constructor, true);
    spec.addMethod(constructor.build());
    return JavaLayout.file(asyncClient.packageName(), spec.build());
  }

  private void addResources(TypeSpec.Builder spec, MethodSpec.Builder constructor, boolean async) {
    roots.forEach((node, name) -> tree.addChild(spec, name, node, CodeBlock.of("$T.of()", List.class), "executor", async));
    // A shortcut leaves its first value unset: the request takes the client's default for it.
    shortcuts.forEach((shortcut, name) -> tree.addChild(spec, name, tree.node(shortcut.target()),
        CodeBlock.of("$T.<$T>nCopies($L, null)", Collections.class, String.class, tree.node(shortcut.target()).bound().size()),
        "executor", async, " Under the {@code " + Javadoc.escape(shortcut.via()) + "} member the client defaults to."));
    for (Map.Entry<Resource, String> entry : accessors.entrySet()) {
      Resource resource = entry.getKey();
      String name = entry.getValue();
      ClassName service = async ? symbols.asyncService(resource) : symbols.service(resource);
      spec.addField(service, name, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(executor)", name, service);
      spec.addMethod(MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PUBLIC)
          .returns(service)
          .addJavadoc("$L", Javadoc.orElse(resource.docs(), "Operations on {@code " + Javadoc.escape(resource.name().wire()) + "}."))
          .addStatement("return $N", name)
          .build());
    }
  }
}
