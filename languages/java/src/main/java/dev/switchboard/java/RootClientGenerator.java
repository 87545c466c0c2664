package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.bundle.Mount;
import dev.switchboard.core.bundle.Namespace;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.naming.Identifiers;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final ClassName settings;
  private final SymbolTable.Scope classes;
  private final Map<List<Name>, ClassName> namespaceClasses = new HashMap<>();
  /** How a caller reaches each namespace ({@code client.accounts()}) and mount, filled in as members are named. */
  private final Map<List<Name>, String> calls = new HashMap<>();

  RootClientGenerator(Bundle bundle, JavaSymbols symbols) {
    this.bundle = bundle;
    this.symbols = symbols;
    this.client = ClassName.get(symbols.clientPackage(), JavaSymbols.className(bundle.identity().client()) + "Client");
    this.settings = symbols.core("MountSettings");
    this.classes = symbols.newScope().reserve(Set.of("Builder", client.simpleName()));
  }

  ClassName client() {
    return client;
  }

  /** How a caller reaches {@code mount}'s client: {@code client.accounts().v1()}; known once {@link #generate} ran. */
  String call(Mount mount) {
    return calls.get(mount.path());
  }

  /** The client class of {@code mount}, in the mount's package, named as that spec's client alone would be. */
  ClassName mountClient(Mount mount) {
    return ClientGenerator.clientName(mount.api(), JavaPackages.mounted(symbols.packages().root(), mount.path()).code());
  }

  JavaFile generate(String baseUrlVariable) {
    TypeSpec.Builder spec = TypeSpec.classBuilder(client).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The APIs $L in one client.\n", titles())
        .addJavadoc("\n<p>Create one with {@link #builder()} or {@link #fromEnv()} and share it: it is thread-safe. Each API's\n"
            + "client is made when it is first used, with this client's settings and HTTP client.\n");
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(settings, "settings");
    addMembers(bundle.root(), spec, constructor);
    spec.addMethod(constructor.build());
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
    String prefix = calls.computeIfAbsent(level.path(), path -> "client");
    names.forEach((child, name) -> calls.put(path(child), prefix + "." + name + "()"));
    for (Namespace namespace : level.namespaces()) {
      String name = names.get(namespace);
      ClassName type = namespaceClass(namespace);
      spec.addField(type, name, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addStatement("this.$N = new $T(settings)", name, type);
      spec.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type)
          .addJavadoc("The APIs below {@code $L}.\n", Javadoc.escape(key(namespace.path())))
          .addStatement("return $N", name).build());
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

  /** A mount's client, given the root's settings: its server's path and the schemes it declares. */
  private static CodeBlock make(Mount mount, ClassName type) {
    StringJoiner schemes = new StringJoiner(", ");
    mount.plan().auth().forEach(a -> schemes.add(CodeBlock.of("$S", a.name().wire()).toString()));
    return CodeBlock.of("$T.builder().options(settings.forApi($S, $T.of($L))).build()", type, mount.serverPath(),
        List.class, schemes.toString());
  }

  /** Members of one level: namespaces and mounts share the names a class's accessors can take. */
  private Map<Object, String> memberNames(Namespace level) {
    List<Object> children = new ArrayList<>(level.namespaces());
    children.addAll(level.mounts());
    return symbols.members(NameKind.RESOURCE, children, RootClientGenerator::name, child -> "/", ClientGenerator.RESERVED);
  }

  private static List<Name> path(Object child) {
    return child instanceof Namespace namespace ? namespace.path() : ((Mount) child).path();
  }

  private static Name name(Object child) {
    return child instanceof Namespace namespace ? namespace.name() : last(((Mount) child).path());
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
