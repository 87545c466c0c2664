package dev.switchboard.java;

import com.palantir.javapoet.JavaFile;
import dev.switchboard.core.diff.ChangeKind;
import dev.switchboard.core.diff.Compatibility;
import dev.switchboard.core.diff.Impact;
import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.Redaction;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plugin.BundleContext;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.OptionSet;
import dev.switchboard.core.plugin.SymbolProvider;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Java 11+ SDK: java.net.http, Jackson, built with JavaPoet in google-java-format's layout. */
public final class JavaPlugin implements LanguagePlugin {
  /** Where the SDK's Java sources go inside the output folder (Maven's layout). */
  private static final String SOURCE_ROOT = "src/main/java";

  @Override
  public String id() {
    return "java";
  }

  @Override
  public OptionSet options() {
    return JavaOptions.OPTIONS;
  }

  @Override
  public Optional<String> sourceRoot() {
    return Optional.of(SOURCE_ROOT);
  }

  /** Class names never take a java.lang name; members never a keyword or literal. */
  @Override
  public SymbolProvider symbolProvider() {
    return JavaSymbols.PROVIDER;
  }

  @Override
  public String description() {
    return "Java 11+ SDK: java.net.http, Jackson, built with JavaPoet";
  }

  @Override
  public FileSet generate(GenerationContext context) {
    Api api = context.api();
    // One spec of several has the whole SDK's identity (core names every spec after it): its package and artifact.
    JavaOptions options = JavaOptions.of(context.options(), context.plan().identity());
    JavaPackages packages = JavaPackages.of(options.rootPackage(), context.placement());
    FileSet files = new FileSet();
    Consumer<JavaFile> add = file -> files.add(javaPath(file.packageName(), file.typeSpec().name()), JavaLayout.layout(file.toString()));
    Named named = Named.of(api, context.plan(), packages, context.symbols());
    JavaSymbols symbols = named.symbols();
    JavaTypes types = named.types();
    TreeGenerator tree = named.tree();
    ClientGenerator client = named.client();
    // Each resource's methods are named once; the services, endpoints and README all print these.
    Map<Resource, ResourceModel> flat = new LinkedHashMap<>();
    client.accessors().keySet().forEach(r -> flat.put(r, new ResourceModel(r, context.plan(), types)));
    List<ResourceModel> resources = List.copyOf(flat.values());
    addSources(api, types, context.plan().redaction(), resources, add);
    addTree(tree, types, add);
    client.generate(options.userAgent(), context.plan()).forEach(add);
    context.plan().webhooks().ifPresent(signature -> add.accept(WebhooksGenerator.generate(symbols, signature)));
    if (packages.mounted()) {
      // One spec of several: the SDK's root prints the runtime, the exceptions and the package files once.
      return files;
    }
    new ErrorsGenerator(symbols, JavaSymbols.className(api.info().clientName()) + "Exception").generate().forEach(add);
    RuntimeFiles.sources(context.templates(), options.rootPackage())
        .forEach((name, source) -> files.add(javaPath(symbols.core(), name), JavaLayout.sortImports(source)));
    ProjectFiles project = new ProjectFiles(ProjectFiles.Project.of(api), options, context.templates());
    files.add("pom.xml", project.pom());
    files.add("README.md", context.templates().render("README.md.mustache",
        new JavaReadme(options, client, types, flat, tree, context.plan().tree()).view(context.readme())));
    return files;
  }

  /**
   * One spec's names, claimed in the one order its generation and the root of several specs
   * (which delegates to a mount's members) both follow, so both print the same names.
   */
  record Named(JavaSymbols symbols, JavaTypes types, TreeGenerator tree, ClientGenerator client) {
    static Named of(Api api, Plan plan, JavaPackages packages, SymbolTable table) {
      JavaSymbols symbols = new JavaSymbols(api, plan.tree(), packages, table);
      JavaTypes types = new JavaTypes(api, symbols);
      TreeGenerator tree = new TreeGenerator(api, plan, types);
      // A resource whose every operation the tree calls is no member of the client.
      List<Resource> flat = api.resources().stream()
          .filter(r -> plan.tree().isEmpty() || plan.tree().flat(r).isPresent()).toList();
      return new Named(symbols, types, tree, new ClientGenerator(api, symbols, plan, tree, flat));
    }
  }

  /**
   * The root of several specs: the client mounting each spec's client, the exceptions and runtime
   * every mount's code uses, the POM and the README.
   */
  @Override
  public FileSet generateRoot(BundleContext context) {
    Bundle bundle = context.bundle();
    JavaOptions options = JavaOptions.of(context.options(), bundle.identity());
    JavaSymbols symbols = new JavaSymbols(JavaPackages.single(options.rootPackage()), context.symbols());
    FileSet files = new FileSet();
    Consumer<JavaFile> add = file -> files.add(javaPath(file.packageName(), file.typeSpec().name()), JavaLayout.layout(file.toString()));
    RootClientGenerator root = new RootClientGenerator(bundle, symbols);
    root.generate(bundle.identity().baseUrlVariable()).forEach(add);
    new ErrorsGenerator(symbols, JavaSymbols.className(bundle.identity().client()) + "Exception").generate().forEach(add);
    RuntimeFiles.bundleSources(context.templates(), options.rootPackage())
        .forEach((name, source) -> files.add(javaPath(symbols.core(), name), JavaLayout.sortImports(source)));
    files.add("pom.xml", new ProjectFiles(BundleReadme.project(bundle), options, context.templates()).pom());
    files.add("README.md", context.templates().render("README-bundle.md.mustache", new BundleReadme(options, root).view(bundle)));
    return files;
  }

  /** Models, params, endpoints and services; each file is rendered as soon as it is built. */
  private static void addSources(Api api, JavaTypes types, Redaction redaction, List<ResourceModel> resources,
      Consumer<JavaFile> add) {
    api.types().forEach(type -> declaration(type, types, redaction).ifPresent(add));
    for (ResourceModel model : resources) {
      for (ResourceModel.Method method : model.methods()) {
        if (!method.inputs().isEmpty()) {
          add.accept(new ParamsGenerator(types).generate(method.operation(), method.inputs()));
        }
      }
      add.accept(new EndpointsGenerator(types).generate(model));
      add.accept(new ServiceGenerator(types.symbols(), false).generate(model));
      add.accept(new ServiceGenerator(types.symbols(), true).generate(model));
    }
  }

  /** The tree's classes: the params of their operations, their endpoints and the classes themselves. */
  private static void addTree(TreeGenerator tree, JavaTypes types, Consumer<JavaFile> add) {
    for (TreeGenerator.TreeClass treeClass : tree.classes()) {
      for (ResourceModel.Method method : treeClass.model().methods()) {
        if (!method.inputs().isEmpty()) {
          add.accept(new ParamsGenerator(types).generate(method.operation(), method.inputs()));
        }
      }
    }
    tree.files().forEach(add);
  }

  private static Optional<JavaFile> declaration(TypeDecl type, JavaTypes types, Redaction redaction) {
    return type.accept(new TypeDecl.Visitor<Optional<JavaFile>>() {
      @Override
      public Optional<JavaFile> object(TypeDecl.ObjectType object) {
        return Optional.of(new ModelGenerator(types).generate(object, redaction));
      }

      @Override
      public Optional<JavaFile> enumeration(TypeDecl.EnumType enumType) {
        return Optional.of(new EnumGenerator(types.symbols()).generate(enumType));
      }

      @Override
      public Optional<JavaFile> union(TypeDecl.UnionType union) {
        return Optional.of(new UnionGenerator(types).generate(union));
      }

      @Override
      public Optional<JavaFile> alias(TypeDecl.AliasType alias) {
        return Optional.empty();
      }
    });
  }

  private static String javaPath(String packageName, String simpleName) {
    return SOURCE_ROOT + "/" + packageName.replace('.', '/') + "/" + simpleName + ".java";
  }

  /** An optional property's accessor returns {@code Optional<T>}: becoming required changes its type. */
  @Override
  public Compatibility compatibility() {
    return new Compatibility(Map.of(ChangeKind.PROPERTY_NOW_REQUIRED, Impact.BREAKING));
  }
}
