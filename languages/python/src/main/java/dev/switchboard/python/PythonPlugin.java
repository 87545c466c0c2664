package dev.switchboard.python;

import dev.switchboard.core.diff.ChangeKind;
import dev.switchboard.core.diff.Compatibility;
import dev.switchboard.core.diff.Impact;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plan.InputTypes;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.TreeNode;
import dev.switchboard.core.plugin.BundleContext;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.OptionSet;
import dev.switchboard.core.plugin.Placement;
import dev.switchboard.core.plugin.SymbolProvider;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.render.TemplateEngine;
import dev.switchboard.python.ResourceBuilder.ResourceNames;
import dev.switchboard.python.view.LazyInitView;
import dev.switchboard.python.view.ProjectView;
import dev.switchboard.python.view.RawView;
import dev.switchboard.python.view.TreeModuleView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Python 3.9+ SDK: httpx, sync and async clients, typed models. */
public final class PythonPlugin implements LanguagePlugin {
  @Override
  public String id() {
    return "python";
  }

  @Override
  public SymbolProvider symbolProvider() {
    return PythonSymbols.PROVIDER;
  }

  @Override
  public OptionSet options() {
    return PythonOptions.OPTIONS;
  }

  @Override
  public String description() {
    return "Python 3.9+ SDK: httpx, sync and async clients, typed models";
  }

  @Override
  public FileSet generate(GenerationContext context) {
    Api api = context.api();
    Optional<Placement> placement = context.placement();
    // A spec of several has the identity of the SDK it is part of (core names every spec after it): its package.
    Identity identity = context.plan().identity();
    PythonOptions options = PythonOptions.of(context.options(), identity);
    PythonSymbols symbols = new PythonSymbols(context.symbols());
    // A spec of several is printed without the package's own files, which the bundle's root holds once.
    Optional<ProjectView> project = placement.isEmpty()
        ? Optional.of(project(api, context.plan().identity(), options, symbols)) : Optional.empty();
    Plan plan = context.plan();
    // Models first, then the tree's names: a flat resource's name yields to a root's or a shortcut's.
    SpecNames spec = SpecNames.claim(api, plan, symbols, context.symbols().scope("client"));
    Map<String, String> typeNames = spec.typeNames();
    Optional<TreeNames> tree = spec.tree();
    Map<Resource, ResourceNames> resources = spec.resources();
    // Claimed last, so that no name the SDK had before its plain-data forms yields to one of them.
    Map<String, String> params = paramNames(api, context.plan(), symbols);
    int depth = placement.map(p -> p.mount().size()).orElse(0);
    PyTypes types = new PyTypes(api.typesById(), typeNames, params, symbols, depth);
    TemplateEngine templates = context.templates();
    String src = "src/" + options.packageName() + "/" + placement.map(p -> MountPackages.folder(p.mount())).orElse("");
    FileSet files = new FileSet();
    project.ifPresentOrElse(p -> packageFiles(templates, p, src, files), () -> files.add(src + "__init__.py",
        templates.render("package/__init__.py.mustache", PackageInit.mount(api))));
    ModelModules modules = ModelModules.of(api);
    Constants constants = Constants.of(api, types);
    for (ModelModules.Module module : modules.modules()) {
      files.add(src + "models/" + module.name() + ".py", templates.render("package/models/module.py.mustache",
          new ModelsBuilder(api, types, constants, modules, module, context.plan().redaction()).build()));
    }
    files.add(src + "models/__init__.py",
        templates.render("package/lazy__init__.py.mustache", ModelsInit.build(api, types, modules)));
    Map<String, OperationPlan> treeMethods = new LinkedHashMap<>();
    tree.ifPresent(names -> treeMethods.putAll(treeFiles(api, types, plan, names, templates, src, files)));
    Map<Resource, Map<Operation, OperationPlan>> methods = new LinkedHashMap<>();
    resources.forEach((resource, names) -> {
      ResourceBuilder builder = new ResourceBuilder(types, context.plan(), names);
      files.add(src + "resources/" + names.attribute() + ".py",
          templates.render("package/resources/resource.py.mustache", builder.build(resource)));
      methods.put(resource, builder.printed());
    });
    // A tree that calls every operation leaves no flat resource, and no resources package to print.
    if (tree.isEmpty() || !resources.isEmpty()) {
      files.add(src + "resources/__init__.py",
          templates.render("package/lazy__init__.py.mustache", ResourcesInit.build(api, context.plan(), resources)));
    }
    files.add(src + "_client.py", templates.render("package/_client.py.mustache",
        new ClientBuilder(api, context.plan(), symbols, depth)
            .build(spec.treeMembers(plan), List.copyOf(resources.values()),
                resourceDocs(resources))));
    project.ifPresent(p -> {
      context.plan().webhooks().ifPresent(signature -> files.add(src + "webhooks.py",
          templates.render("package/webhooks.py.mustache", WebhooksModule.view(signature))));
      files.add("pyproject.toml", templates.render("pyproject.toml.mustache", p));
      ReadmeBuilder readme = new ReadmeBuilder(types, p, resources, methods);
      tree.ifPresent(names -> readme.withTree(treeMethods, new TreeRoutes(plan, names, new PyExamples(types))));
      files.add("README.md", templates.render("README.md.mustache", readme.build(context.readme())));
    });
    return files;
  }

  /**
   * The tree's package: a module per resource, and {@code tree/__init__.py}, which imports a class's
   * module on first use. Returns each operation's method as printed.
   */
  private static Map<String, OperationPlan> treeFiles(Api api, PyTypes types, Plan plan, TreeNames names,
      TemplateEngine templates, String src, FileSet files) {
    TreeBuilder builder = new TreeBuilder(api, types, plan, names);
    List<LazyInitView.Entry> entries = new ArrayList<>();
    Imports imports = new Imports();
    for (TreeNode node : plan.tree().nodes()) {
      TreeNames.NodeNames own = names.node(node.id());
      TreeModuleView module = builder.build(node);
      files.add(src + "tree/" + own.module() + ".py", templates.render("package/resources/tree_node.py.mustache", module));
      Stream.concat(module.classes().stream().map(TreeModuleView.ClassView::name), module.raws().stream().map(RawView::name))
          .forEach(c -> {
            imports.name("." + own.module(), c);
            entries.add(new LazyInitView.Entry(PyText.literal(c), PyText.literal(own.module())));
          });
    }
    entries.sort((a, b) -> Imports.compareNames(a.name(), b.name()));
    String all = PyCode.wrap(0, "__all__ = [", entries.stream().map(LazyInitView.Entry::name).toList(), "]", 0);
    String docstring = PyText.docstring(Optional.of("The resources of the " + api.info().title()
        + " as the client reaches them.\n\nEach class is imported from its module on first use."), 0).orElseThrow();
    files.add(src + "tree/__init__.py", templates.render("package/lazy__init__.py.mustache",
        new LazyInitView(docstring, imports.render(4), all, entries)));
    return builder.printed();
  }

  /** The runtime and the files of the package itself: {@code py.typed}, {@code __init__.py}, {@code _version.py}. */
  private static void packageFiles(TemplateEngine templates, ProjectView project, String src, FileSet files) {
    templates.folder("runtime", project).forEach((module, content) -> files.add(src + module, content));
    files.add(src + "py.typed", "");
    files.add(src + "__init__.py", templates.render("package/__init__.py.mustache", PackageInit.build(project)));
    files.add(src + "_version.py", templates.render("package/_version.py.mustache", project));
  }

  /**
   * The root of an SDK made of several specs, each printed below its mount's package: the runtime
   * and package files once, a package per namespace, the client that mounts each spec's client, the
   * webhook check when the config asks for one, and a README.
   */
  @Override
  public FileSet generateRoot(BundleContext context) {
    return new BundleRoot(context).files();
  }

  /** The TypedDict name of each object type a caller can pass as input, by id. */
  private static Map<String, String> paramNames(Api api, Plan plan, PythonSymbols symbols) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, TypeDecl> decls = api.typesById();
    for (String id : InputTypes.reachable(plan, decls)) {
      names.put(id, symbols.paramClassName(decls.get(id)));
    }
    return names;
  }

  private static Map<String, String> resourceDocs(Map<Resource, ResourceNames> resources) {
    Map<String, String> docs = new LinkedHashMap<>();
    resources.forEach((resource, names) -> {
      String text = Docstrings.text(resource.docs());
      if (!text.isEmpty()) {
        docs.put(names.attribute(), text);
      }
    });
    return docs;
  }

  private static ProjectView project(Api api, Identity identity, PythonOptions options, PythonSymbols symbols) {
    String baseError = PythonSymbols.pascal(api.info().clientName()) + "Error";
    if (!symbols.claimAll(List.of(baseError))) {
      baseError = PythonSymbols.pascal(api.info().clientName()) + "ClientError";
      symbols.claimAll(List.of(baseError));
    }
    String title = "Python client for the " + api.info().title() + ".";
    return new ProjectView(options.packageName(), options.distributionName(), options.version(),
        PyText.toml(title), api.info().license().map(PyText::toml).orElse(null),
        identity.repository().map(PyText::toml).orElse(null), identity.author().map(PyText::toml).orElse(null), baseError,
        PyText.docstring(Optional.of(title), 0).orElseThrow());
  }

  /** Path parameters are positional arguments: another order breaks calls. */
  @Override
  public Compatibility compatibility() {
    return new Compatibility(Map.of(ChangeKind.PATH_PARAMETERS_REORDERED, Impact.BREAKING));
  }
}
