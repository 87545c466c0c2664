package dev.switchboard.golang;

import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.bundle.Mount;
import dev.switchboard.core.diff.ChangeKind;
import dev.switchboard.core.diff.Compatibility;
import dev.switchboard.core.diff.Impact;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plugin.BundleContext;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.OptionSet;
import dev.switchboard.core.plugin.SymbolProvider;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.render.TemplateEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Go SDK: a module of the standard library only, context-first methods, iterators for pages. */
public final class GoPlugin implements LanguagePlugin {
  /** An empty view for templates without fields. */
  private record NoView() {}

  @Override
  public String id() {
    return "go";
  }

  @Override
  public String description() {
    return "Go SDK: standard library only, context-first methods, iter.Seq2 pagination";
  }

  @Override
  public OptionSet options() {
    return GoOptions.OPTIONS;
  }

  @Override
  public SymbolProvider symbolProvider() {
    return GoSymbols.PROVIDER;
  }

  /**
   * Required path parameters are positional arguments, so reordering them changes a call's meaning;
   * a field that becomes required changes its type from {@code core.Opt[T]} to {@code T}.
   */
  @Override
  public Compatibility compatibility() {
    return new Compatibility(Map.of(ChangeKind.PATH_PARAMETERS_REORDERED, Impact.BREAKING,
        ChangeKind.PROPERTY_NOW_REQUIRED, Impact.BREAKING));
  }

  @Override
  public FileSet generate(GenerationContext context) {
    Plan plan = context.plan();
    // A spec of several has the SDK's identity (core names every spec after the SDK): its module's path.
    GoOptions options = GoOptions.of(context.options(), plan.identity());
    Optional<List<Name>> mount = context.placement().map(p -> p.mount());
    String folder = mount.map(GoPlugin::folder).map(f -> f + "/").orElse("");
    String packageName = mount.map(GoPlugin::mountPackage).orElse(GoSymbols.packageName(plan.identity().client().words()));
    String corePath = options.module() + "/core";
    TemplateEngine templates = context.templates();
    PackageNames names = new PackageNames(context.api(), plan, context.symbols(), packageName);
    GoTypes types = names.types();
    FileSet files = new FileSet();
    Views.Models modelsView = new Views.Models(null, names.decls());
    files.add(folder + "models.go", GoFile.render(templates, "models.go.mustache", packageName, imports(corePath),
        modelsView::withHeader));
    RedactionFile.render(templates, packageName, imports(corePath), plan.redaction(), types)
        .ifPresent(text -> files.add(folder + "redaction.go", text));
    ServiceFile services = names.services();
    SymbolTable.Scope fileNames = context.symbols().scope("files").reserve(List.of("models", "client"));
    TreeFile tree = names.tree();
    tree.files().forEach((id, view) -> {
      String file = fileNames.claimGenerated(NameKind.RESOURCE, fileStem(tree.type(id)) + "_resource");
      files.add(folder + file + ".go", GoFile.render(templates, "resource.go.mustache", packageName, imports(corePath),
          view::withHeader));
    });
    List<Views.ServiceField> fields = new ArrayList<>();
    for (PackageNames.Service flat : names.flat()) {
      String file = fileNames.claimGenerated(NameKind.RESOURCE, fileStem(flat.resource().name()));
      Views.Service service = services.view(flat.resource(), flat.type(), flat.field());
      files.add(folder + file + "_service.go", GoFile.render(templates, "service.go.mustache", packageName, imports(corePath),
          service::withHeader));
      fields.add(new Views.ServiceField(flat.field(), flat.type(),
          GoText.comment(flat.field() + " calls the " + flat.resource().name().wire() + " operations.", Optional.empty(), false)));
    }
    List<Views.CredentialOption> credentials = ClientFile.credentials(plan.auth(), types.scope());
    List<Views.PathOption> pathOptions = ClientFile.pathOptions(plan.pathOptions(), types.scope());
    List<Views.VariableOption> variables = new ArrayList<>(ClientFile.variables(plan.defaultServer(), types.scope()));
    List<Views.VariableOption> hosts = ClientFile.hosts(plan.regions(), types.scope());
    variables.addAll(hosts);
    String settings = ClientFile.settings(plan.defaultServer(), plan.identity(), userAgent(options), plan.headers(),
        plan.auth(), credentials, packageName, plan.regions().map(r -> ClientFile.rewrite(r, hosts, packageName)),
        Optional.of(plan.redaction()));
    List<String> packageDoc = GoText.comment("Package " + packageName + " is a client of " + context.api().info().title() + ".",
        context.api().info().docs().text(), false);
    files.add(folder + "client.go", GoFile.render(templates, "client.go.mustache", packageName, imports(corePath),
        new Views.Client(null, packageDoc, settings, fields, credentials, pathOptions, variables, !plan.tree().isEmpty(),
            names.accessors())::withHeader));
    List<String> exampleCredentials = new ArrayList<>();
    for (int i = 0; i < credentials.size(); i++) {
      exampleCredentials.add(credentials.get(i).name() + "(" + String.join(", ", plan.auth().get(i).credentials().stream()
          .map(c -> GoText.quote("example-" + Case.kebab(c.name().words()))).toList()) + ")");
    }
    boolean tokens = plan.auth().stream().anyMatch(scheme -> scheme.clientCredentials().isPresent());
    Views.Examples examples = new Views.Examples(null, exampleCredentials, tokens, services.examples());
    files.add(folder + "example_test.go", GoFile.render(templates, "example_test.go.mustache", packageName,
        imports(corePath), examples::withHeader));
    if (mount.isEmpty()) {
      plan.webhooks().ifPresent(signature -> files.add("webhooks.go",
          WebhooksFile.render(templates, packageName, imports(corePath), signature, types.scope())));
      addModule(files, templates, options);
      files.add("README.md", templates.render("README.md.mustache",
          new ReadmeFile(options.module(), packageName, examples.examples()).view(context.readme())));
    }
    return files;
  }

  @Override
  public FileSet generateRoot(BundleContext context) {
    Bundle bundle = context.bundle();
    GoOptions options = GoOptions.of(context.options(), bundle.identity());
    String packageName = GoSymbols.packageName(bundle.identity().client().words());
    String corePath = options.module() + "/core";
    SymbolTable.Scope scope = context.symbols().scope("package").reserve(GoSymbols.PACKAGE_NAMES);
    List<Views.CredentialOption> credentials = ClientFile.credentials(bundle.auth(), scope);
    List<Views.PathOption> pathOptions = ClientFile.pathOptions(bundle.pathOptions(), scope);
    String settings = ClientFile.settings(Optional.empty(), bundle.identity(), userAgent(options),
        Map.of(), bundle.auth(), credentials, packageName, Optional.empty(), Optional.empty());
    RootClient root = new RootClient(context.symbols(), scope, options.module());
    root.add(bundle.root());
    bundle.shortcuts().ifPresent(shortcuts -> root.shortcuts(shortcuts, clientMembers(shortcuts.mount())));
    Map<String, String> mountImports = root.imports();
    List<String> packageDoc = GoText.comment("Package " + packageName + " is a client of " + bundle.mounts().size()
        + " APIs, each at its own place: " + String.join(", ", bundle.mounts().stream().map(Mount::key).toList()) + ".",
        Optional.empty(), false);
    FileSet files = new FileSet();
    files.add("client.go", GoFile.render(context.templates(), "root.go.mustache", packageName,
        name -> mountImports.getOrDefault(name, imports(corePath).apply(name)),
        new Views.Root(null, packageDoc, settings, root.namespaces(), root.members(), root.init(), root.mountAccessors(),
            root.shortcuts(), credentials, pathOptions)::withHeader));
    // The config is shared, so every mount that has a webhook scheme has this one.
    bundle.mounts().stream().map(m -> m.plan().webhooks()).flatMap(Optional::stream).findFirst()
        .ifPresent(signature -> files.add("webhooks.go", WebhooksFile.render(context.templates(), packageName,
            imports(corePath), signature, scope)));
    addModule(files, context.templates(), options);
    files.add("README.md", context.templates().render("README.root.md.mustache",
        new Views.RootReadme(bundle.identity().client().wire(), options.module(), packageName,
            bundle.mounts().stream().map(m -> new Views.MountLine(root.reachedAs(m), options.module() + "/" + folder(m.path()),
                dev.switchboard.core.text.Markdown.line(m.api().info().title()))).toList(), root.readme())));
    return files;
  }

  /** The members of a mount's client, named as its package names them: with a symbol table of its own, as it was printed. */
  private static List<ClientMember> clientMembers(Mount mount) {
    return new PackageNames(mount.api(), mount.plan(), new SymbolTable(GoSymbols.PROVIDER), mountPackage(mount.path()))
        .members();
  }

  private static void addModule(FileSet files, TemplateEngine templates, GoOptions options) {
    templates.folder("runtime", new NoView()).forEach((file, content) -> files.add("core/" + file, content));
    files.add("go.mod", templates.render("go.mod.mustache", new Views.GoMod(options.module())));
  }

  /** The module and its version; the runtime adds the Go version. */
  private static String userAgent(GoOptions options) {
    return options.module() + "/" + options.version();
  }

  /** The import paths of the packages generated code names: the standard library's and the runtime. */
  private static java.util.function.Function<String, String> imports(String corePath) {
    return name -> name.equals("core") ? corePath : GoFile.standard(name);
  }

  /** A file name's stem: a name's words in snake case, Go's file name characters only. */
  private static String fileStem(Name name) {
    return Case.snake(name.words()).replaceAll("[^a-z0-9_]", "");
  }

  /** A mount's folder: its path's segments as Go package path elements ({@code accounts/v1}). */
  static String folder(List<Name> mount) {
    return String.join("/", mount.stream().map(n -> GoSymbols.packageName(n.words())).toList());
  }

  private static List<String> words(List<Name> mount) {
    return mount.stream().flatMap(n -> n.words().stream()).toList();
  }

  /** The package name of a mount: its path's words joined ({@code accountsv1}). */
  static String mountPackage(List<Name> mount) {
    return GoSymbols.packageName(words(mount));
  }
}
