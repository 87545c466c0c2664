package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.bundle.Mount;
import dev.switchboard.core.bundle.Namespace;
import dev.switchboard.core.bundle.Shortcuts;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.naming.Identifiers;
import dev.switchboard.core.plan.TreeNode;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * The client of an SDK made of several specs: a builder taking every spec's credentials and
 * options, and one accessor per namespace and mount ({@code client.accounts().v1()}). A mount's
 * client is made on first use, once, with the root's settings and HTTP client; a namespace is a
 * nested class holding its members.
 */
final class RootClientGenerator {
  private final Bundle bundle;
  private final JavaSymbols symbols;
  private final ClassName client;
  private final ClassName asyncClient;
  private final ClassName settings;
  private final SymbolTable.Scope classes;
  private final Map<List<Name>, ClassName> namespaceClasses = new HashMap<>();
  /** How a caller reaches each namespace ({@code client.accounts()}) and mount, filled in as members are named. */
  private final Map<List<Name>, String> calls = new HashMap<>();
  /** Each level's member names, claimed once: the blocking and the asynchronous client print the same. */
  private final Map<List<Name>, Map<Object, String>> levelNames = new HashMap<>();
  /** The shortcuts' mount's members the client has too, in its order. */
  private final List<ShortcutMember> shortcuts;

  RootClientGenerator(Bundle bundle, JavaSymbols symbols) {
    this.bundle = bundle;
    this.symbols = symbols;
    this.client = ClassName.get(symbols.clientPackage(), JavaSymbols.className(bundle.identity().client()) + "Client");
    this.asyncClient = ClassName.get(client.packageName(), client.simpleName() + "Async");
    this.settings = symbols.core("MountSettings");
    this.classes = symbols.newScope().reserve(Set.of("Builder", client.simpleName()));
    this.shortcuts = bundle.shortcuts().map(this::shortcutMembers).orElse(List.of());
  }

  /**
   * A member of a mount's client the root has too: the mount's name for it, what it returns
   * blocking and asynchronously (nothing for a keyed resource whose collection has nothing to
   * reach), and for a keyed resource the key its second accessor takes.
   */
  private record ShortcutMember(Mount mount, Name name, String member, Optional<TypeName> type,
      Optional<TypeName> asyncType, Optional<TypeName> context, Optional<TypeName> asyncContext, String key) {}

  /** The members {@code shortcuts} lists, as the mount's own generation names and types them. */
  private List<ShortcutMember> shortcutMembers(Shortcuts shortcuts) {
    Mount mount = shortcuts.mount();
    JavaPlugin.Named named = JavaPlugin.Named.of(mount.api(), mount.plan(),
        JavaPackages.mounted(symbols.packages().root(), mount.path()), new SymbolTable(JavaSymbols.PROVIDER));
    ClientGenerator mounted = named.client();
    TreeGenerator tree = named.tree();
    Map<String, ShortcutMember> byName = new HashMap<>();
    mounted.roots().forEach((node, member) -> byName.putIfAbsent(node.name().key(), tree(mount, node.name(), member, tree, node)));
    mounted.shortcuts().forEach((shortcut, member) -> byName.putIfAbsent(shortcut.name().key(),
        tree(mount, shortcut.name(), member, tree, tree.node(shortcut.target()))));
    mounted.accessors().forEach((resource, member) -> byName.putIfAbsent(resource.name().key(), new ShortcutMember(mount,
        resource.name(), member, Optional.of(named.symbols().service(resource)),
        Optional.of(named.symbols().asyncService(resource)), Optional.empty(), Optional.empty(), "")));
    return shortcuts.members().stream().map(name -> byName.get(name.key())).filter(Objects::nonNull).toList();
  }

  private static ShortcutMember tree(Mount mount, Name name, String member, TreeGenerator tree, TreeNode node) {
    Optional<TypeName> list = node.hasCollection() ? Optional.of(tree.list(node, false)) : Optional.empty();
    Optional<TypeName> asyncList = node.hasCollection() ? Optional.of(tree.list(node, true)) : Optional.empty();
    return new ShortcutMember(mount, name, member, list, asyncList,
        tree.context(node, false).map(TypeName.class::cast), tree.context(node, true).map(TypeName.class::cast),
        node.key().map(key -> JavaSymbols.member(Name.of(key))).orElse(""));
  }

  ClassName client() {
    return client;
  }

  /** How a caller reaches {@code mount}'s client: {@code client.accounts().v1()}; known once {@link #generate} ran. */
  String call(Mount mount) {
    return calls.get(mount.path());
  }

  /** Each shortcut's call on the client and the call it is the same as, in order; known once {@link #generate} ran. */
  Map<String, String> shortcutCalls() {
    Map<String, String> shown = new LinkedHashMap<>();
    for (ShortcutMember member : shortcuts) {
      String name = memberNames(bundle.root()).get(member);
      shown.put("client." + name + "()", calls.get(member.mount().path()) + "." + member.member() + "()");
    }
    return shown;
  }

  /** The client class of {@code mount}, in the mount's package, named as that spec's client alone would be. */
  ClassName mountClient(Mount mount) {
    return ClientGenerator.clientName(mount.api(), JavaPackages.mounted(symbols.packages().root(), mount.path()).code());
  }

  /** The blocking client, then the asynchronous one it hands out. */
  List<JavaFile> generate(String baseUrlVariable) {
    nameCalls(bundle.root(), "client");
    JavaFile blocking = blocking(baseUrlVariable);
    return List.of(blocking, async());
  }

  private JavaFile blocking(String baseUrlVariable) {
    TypeSpec.Builder spec = TypeSpec.classBuilder(client).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The APIs $L in one client.\n", titles())
        .addJavadoc("\n<p>Create one with {@link #builder()} or {@link #fromEnv()} and share it: it is thread-safe. Each API's\n"
            + "client is made when it is first used, with this client's settings and HTTP client.\n");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(settings, "settings");
    addMembers(bundle.root(), spec, constructor);
    shortcuts.forEach(member -> addShortcut(spec, member, false));
    // Last: the asynchronous client reads the members set above.
    spec.addField(asyncClient, "async", Modifier.PRIVATE, Modifier.FINAL);
    constructor.addStatement("this.async = new $T(this)", asyncClient);
    spec.addMethod(constructor.build());
    spec.addMethod(MethodSpec.methodBuilder("async").addModifiers(Modifier.PUBLIC).returns(asyncClient)
        .addJavadoc("The same APIs, each API's client the asynchronous one: its operations return\n"
            + "{@link java.util.concurrent.CompletableFuture}s.\n")
        .addStatement("return async").build());
    spec.addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(client.nestedClass("Builder"))
        .addJavadoc("A builder with the APIs' defaults; credentials not given are read from the environment.\n")
        .addStatement("return new Builder()").build());
    spec.addMethod(MethodSpec.methodBuilder("fromEnv").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(client)
        .addJavadoc("A client with credentials from environment variables; fails naming the variable to set.\n")
        .addStatement("return builder().fromEnv().build()").build());
    addNamespaces(bundle.root(), spec);
    spec.addType(new ClientBuilderGenerator(symbols, client).generateRoot(baseUrlVariable, bundle.auth(),
        bundle.pathOptions(), bundle.regions()));
    return JavaLayout.file(client.packageName(), spec.build());
  }

  private String titles() {
    StringJoiner titles = new StringJoiner(", ");
    bundle.mounts().forEach(m -> titles.add("{@code " + Javadoc.escape(m.key()) + "} (" + Javadoc.escape(m.api().info().title()) + ")"));
    return titles.toString();
  }

  /** One field and accessor per child of {@code level}, set up in {@code constructor}. */
  private void addMembers(Namespace level, TypeSpec.Builder spec, MethodSpec.Builder constructor) {
    Map<Object, String> names = memberNames(level);
    for (Namespace namespace : level.namespaces()) {
      ClassName type = namespaceClass(namespace);
      addNamespace(spec, constructor, namespace, names.get(namespace), type, CodeBlock.of("new $T(settings)", type));
    }
    for (Mount mount : level.mounts()) {
      String name = names.get(mount);
      ClassName type = mountClient(mount);
      spec.addField(ParameterizedTypeName.get(ClassName.get(Supplier.class), type), name, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = $T.once(() -> $L)", name, settings, make(mount, type));
      spec.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type)
          .addJavadoc("$L", Javadoc.orElse(mount.api().info().docs(), Javadoc.escape(mount.api().info().title()) + "."))
          .addJavadoc("\n<p>Made on first use, once, with this client's settings ({@code $L}).\n", Javadoc.escape(mount.source().replaceAll(".*/", "")))
          .addStatement("return $N.get()", name).build());
    }
  }

  /** A namespace's field, made in {@code constructor} by {@code make}, and its accessor. */
  private static void addNamespace(TypeSpec.Builder spec, MethodSpec.Builder constructor, Namespace namespace,
      String name, ClassName type, CodeBlock make) {
    spec.addField(type, name, Modifier.PRIVATE, Modifier.FINAL);
    constructor.addStatement("this.$N = $L", name, make);
    spec.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type)
        .addJavadoc("The APIs below {@code $L}.\n", Javadoc.escape(key(namespace.path())))
        .addStatement("return $N", name).build());
  }

  /** How a caller reaches each namespace and mount below {@code level}, reached as {@code prefix}. */
  private void nameCalls(Namespace level, String prefix) {
    calls.put(level.path(), prefix);
    memberNames(level).forEach((child, name) -> {
      if (!(child instanceof ShortcutMember)) {
        calls.put(path(child), prefix + "." + name + "()");
      }
    });
    level.namespaces().forEach(namespace -> nameCalls(namespace, calls.get(namespace.path())));
  }

  /** A mount's client, given the root's settings: its server's path and the schemes it declares. */
  private static CodeBlock make(Mount mount, ClassName type) {
    StringJoiner schemes = new StringJoiner(", ");
    mount.plan().auth().forEach(a -> schemes.add(CodeBlock.of("$S", a.name().wire()).toString()));
    return CodeBlock.of("$T.builder().options(settings.forApi($S, $T.of($L))).build()", type, mount.serverPath(),
        List.class, schemes.toString());
  }

  /** Members of one level: namespaces and mounts share the names a class's accessors can take. */
  private Map<Object, String> memberNames(Namespace level) {
    return levelNames.computeIfAbsent(level.path(), path -> {
      List<Object> children = new ArrayList<>(level.namespaces());
      children.addAll(level.mounts());
      if (level.path().isEmpty()) {
        // After the namespaces' and mounts' names: a shortcut that would take one yields.
        children.addAll(shortcuts);
      }
      return symbols.members(NameKind.RESOURCE, children, RootClientGenerator::name, child -> "/",
          ClientGenerator.RESERVED);
    });
  }

  private static List<Name> path(Object child) {
    return child instanceof Namespace namespace ? namespace.path() : ((Mount) child).path();
  }

  private static Name name(Object child) {
    if (child instanceof ShortcutMember member) {
      return member.name();
    }
    return child instanceof Namespace namespace ? namespace.name() : last(((Mount) child).path());
  }

  /** The shortcut's accessors (two for a keyed resource), each returning what the mount's client returns. */
  private void addShortcut(TypeSpec.Builder spec, ShortcutMember member, boolean async) {
    String name = memberNames(bundle.root()).get(member);
    String mount = calls.get(member.mount().path()).substring("client.".length());
    String client = async ? "client.async()." : "client.";
    Optional<TypeName> collection = async ? member.asyncType() : member.type();
    collection.ifPresent(type -> spec.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addJavadoc("The same as {@code $L$L.$L()}; that API's client is made on first use.\n", client, mount,
            member.member())
        .addStatement("return $L.$N()", mount, member.member()).build()));
    Optional<TypeName> context = async ? member.asyncContext() : member.context();
    context.ifPresent(type -> spec.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
        .returns(type).addParameter(String.class, member.key())
        .addJavadoc("The same as {@code $L$L.$L($L)}.\n\n@param $L its key\n", client, mount, member.member(),
            member.key(), member.key())
        .addStatement("return $L.$N($N)", mount, member.member(), member.key()).build()));
  }

  /**
   * The asynchronous client: the same namespaces, each mount's member the asynchronous client of
   * that API, made when the blocking one is (on first use, once).
   */
  private JavaFile async() {
    TypeSpec.Builder spec = TypeSpec.classBuilder(asyncClient).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The APIs of {@link $T}, each through its asynchronous client.\n", client);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addParameter(client, "blocking");
    addAsyncMembers(bundle.root(), client, spec, constructor);
    shortcuts.forEach(member -> addShortcut(spec, member, true));
    spec.addMethod(constructor.build());
    addAsyncNamespaces(bundle.root(), spec);
    return JavaLayout.file(asyncClient.packageName(), spec.build());
  }

  /** One member per child of {@code level}: a namespace wraps the blocking one, a mount is its client's {@code async()}. */
  private void addAsyncMembers(Namespace level, ClassName blocking, TypeSpec.Builder spec, MethodSpec.Builder constructor) {
    Map<Object, String> names = memberNames(level);
    spec.addField(blocking, "blocking", Modifier.PRIVATE, Modifier.FINAL);
    constructor.addStatement("this.blocking = blocking");
    for (Namespace namespace : level.namespaces()) {
      String name = names.get(namespace);
      ClassName type = asyncNamespaceClass(namespace);
      addNamespace(spec, constructor, namespace, name, type, CodeBlock.of("new $T(blocking.$N())", type, name));
    }
    for (Mount mount : level.mounts()) {
      String name = names.get(mount);
      ClassName blockingType = mountClient(mount);
      ClassName type = ClassName.get(blockingType.packageName(), blockingType.simpleName() + "Async");
      spec.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type)
          .addJavadoc("The asynchronous client of {@code $L}; made on first use, once, with its blocking client.\n",
              Javadoc.escape(mount.key()))
          .addStatement("return blocking.$N().async()", name).build());
    }
  }

  private void addAsyncNamespaces(Namespace level, TypeSpec.Builder root) {
    for (Namespace namespace : level.namespaces()) {
      TypeSpec.Builder spec = TypeSpec.classBuilder(asyncNamespaceClass(namespace))
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The APIs below {@code $L}, asynchronous.\n", Javadoc.escape(key(namespace.path())));
      MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
          .addParameter(namespaceClass(namespace), "blocking");
      addAsyncMembers(namespace, namespaceClass(namespace), spec, constructor);
      root.addType(spec.addMethod(constructor.build()).build());
      addAsyncNamespaces(namespace, root);
    }
  }

  private ClassName asyncNamespaceClass(Namespace namespace) {
    return asyncClient.nestedClass(namespaceClass(namespace).simpleName());
  }

  private static Name last(List<Name> path) {
    return path.get(path.size() - 1);
  }

  private static String key(List<Name> path) {
    StringJoiner key = new StringJoiner("/");
    path.forEach(n -> key.add(n.wire()));
    return key.toString();
  }

  /** Every namespace's class, nested in the client, named after its whole path ({@code ApiBeta}). */
  private void addNamespaces(Namespace level, TypeSpec.Builder root) {
    for (Namespace namespace : level.namespaces()) {
      TypeSpec.Builder spec = TypeSpec.classBuilder(namespaceClass(namespace))
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The APIs below {@code $L}.\n", Javadoc.escape(key(namespace.path())));
      MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
          .addParameter(settings, "settings");
      addMembers(namespace, spec, constructor);
      root.addType(spec.addMethod(constructor.build()).build());
      addNamespaces(namespace, root);
    }
  }

  private ClassName namespaceClass(Namespace namespace) {
    return namespaceClasses.computeIfAbsent(namespace.path(), path -> {
      List<String> words = new ArrayList<>();
      path.forEach(n -> words.addAll(n.words()));
      return client.nestedClass(classes.claimGenerated(NameKind.TYPE, Identifiers.leadingDigit(Case.pascal(words), "_")));
    });
  }
}
