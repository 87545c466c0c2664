package dev.switchboard.typescript;

import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.diff.ChangeKind;
import dev.switchboard.core.diff.Compatibility;
import dev.switchboard.core.diff.Impact;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plan.ResourceTree;
import dev.switchboard.core.plan.TreeNode;
import dev.switchboard.core.plugin.BundleContext;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.OptionSet;
import dev.switchboard.core.plugin.SymbolProvider;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.render.TemplateEngine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** TypeScript SDK: zero dependencies, fetch, ESM and CommonJS. */
public final class TypeScriptPlugin implements LanguagePlugin {
  /** An empty view for templates without fields. */
  private record NoView() {}

  @Override
  public String id() {
    return "typescript";
  }

  @Override
  public OptionSet options() {
    return TypeScriptOptions.OPTIONS;
  }

  @Override
  public SymbolProvider symbolProvider() {
    return TsSymbols.PROVIDER;
  }

  @Override
  public String description() {
    return "TypeScript SDK: zero dependencies, fetch, ESM and CommonJS";
  }

  /**
   * The SDK of one spec, or with a placement one spec of several: its modules below the mount's
   * folder ({@code src/accounts/v1/}), its client named after the mount ({@code AccountsV1}), and
   * neither the runtime nor the package files, which the root prints once.
   */
  @Override
  public FileSet generate(GenerationContext context) {
    TemplateEngine templates = context.templates();
    // A spec of several has the SDK's identity (core names every spec after it): its package, its User-Agent.
    TypeScriptOptions options = TypeScriptOptions.of(context.options(), context.plan().identity());
    SourceFolder folder = SourceFolder.of(context.placement());
    SdkModel model = new SdkModel(context.api(), context.plan(), context.symbols(), context.diagnostics(), options,
        folder, context.placement().map(p -> MountNames.client(p.mount())).orElse(context.api().info().clientName()));
    String packageName = options.packageName();
    String version = options.version();
    FileSet files = new FileSet();
    if (context.placement().isEmpty()) {
      addRuntime(templates, files);
    }
    ModelsFile models = new ModelsFile(model);
    files.add(folder.path("models.ts"), templates.render("models.ts.mustache", models.view()));
    List<String> codecs = new CodecsFile(model).declarations();
    files.add(folder.path("codecs.ts"), templates.render("codecs.ts.mustache",
        new Views.Codecs(folder.runtime(), codecs, codecs.isEmpty())));
    ClientFile client = new ClientFile(model, packageName + "/" + version);
    List<Views.ClientResource> clientResources = new ArrayList<>();
    List<ReadmeFile.Printed> printed = new ArrayList<>();
    List<String> paramExports = new ArrayList<>();
    SymbolTable.Scope properties = context.symbols().scope("client").reserve(TsSymbols.CLIENT_MEMBERS);
    SymbolTable.Scope modules = context.symbols().scope("modules");
    ResourceTree tree = context.plan().tree();
    TreeNames treeNames = TreeNames.of(model, tree, modules, properties);
    TreeCalls treeCalls = new TreeCalls(tree, treeNames, new TsExamples(model));
    Map<String, TreeFile> treeFiles = new LinkedHashMap<>();
    for (TreeNode node : tree.nodes()) {
      TreeFile file = new TreeFile(model, node, treeNames);
      treeFiles.put(node.id(), file);
      files.add(folder.path("resources/" + file.module() + ".ts"), templates.render("tree-resource.ts.mustache", file.view()));
      file.methods().forEach(m -> printed.add(treeCalls.printed(m)));
      paramExports.add(Code.importNames("export", file.exports(), "./resources/" + file.module() + ".js"));
    }
    treeNames.roots().forEach((id, property) -> clientResources.add(treeFiles.get(id).member(property, "[]")));
    treeNames.shortcuts().forEach((id, property) ->
        clientResources.add(treeFiles.get(id).member(property, "[undefined]")));
    for (Resource resource : context.api().resources().stream().flatMap(r -> tree.flat(r).stream()).toList()) {
      String className = model.symbols.resourceClass(resource.name());
      String module = modules.claimGenerated(NameKind.RESOURCE, Case.kebab(resource.name().words()));
      String property = TsSymbols.identifierMember(properties, NameKind.RESOURCE, resource.name(),
          resource.operations().get(0).source());
      ResourceFile file = new ResourceFile(model, resource, className);
      files.add(folder.path("resources/" + module + ".ts"), templates.render("resource.ts.mustache", file.view()));
      clientResources.add(new Views.ClientResource(property, className, module,
          Code.lazyField(property, className), Code.lazyGetter(property, className)));
      file.methods().forEach(m -> printed.add(ReadmeFile.Printed.flat(property, m)));
      List<String> exports = new ArrayList<>(List.of(className));
      file.methods().stream().flatMap(m -> m.paramsType.stream()).forEach(params -> exports.add("type " + params));
      paramExports.add(Code.importNames("export", exports, "./resources/" + module + ".js"));
    }
    files.add(folder.path("client-base.ts"), templates.render("client-base.ts.mustache", client.baseView()));
    files.add(folder.path("client.ts"), templates.render("client.ts.mustache", client.view(clientResources)));
    boolean mounted = context.placement().isPresent();
    files.add(folder.path("index.ts"), templates.render("index.ts.mustache",
        new Views.Index(folder.runtime(), clientExport(model.symbols.clientClass(), client.baseClass(), !mounted), !mounted,
            true, paramExports, context.plan().webhooks().map(w -> WebhooksFile.export(folder.runtime())).orElse(""),
            List.of())));
    context.plan().webhooks().ifPresent(signature -> files.add(folder.path("webhooks.ts"),
        WebhooksFile.render(signature, folder.runtime())));
    if (mounted) {
      return files;
    }
    String license = context.api().info().license().orElse("UNLICENSED");
    Identity identity = context.plan().identity();
    Views.Package pkg = new Views.Package(jsonString(packageName), jsonString(version),
        jsonString(context.api().info().title() + " SDK for TypeScript"), jsonString(license),
        identity.repository().map(url -> jsonString("git+" + url + ".git")).orElse(null),
        identity.author().map(TypeScriptPlugin::jsonString).orElse(null));
    addPackageFiles(templates, files, pkg);
    files.add("README.md", templates.render("README.md.mustache",
        new ReadmeFile(model, packageName, client, printed).view(context.readme())));
    return files;
  }

  /**
   * The root of an SDK of several specs: the runtime, the package files, a README and the client
   * that makes each mount's client on first use.
   */
  @Override
  public FileSet generateRoot(BundleContext context) {
    TemplateEngine templates = context.templates();
    Bundle bundle = context.bundle();
    TypeScriptOptions options = TypeScriptOptions.of(context.options(), bundle.identity());
    FileSet files = new FileSet();
    addRuntime(templates, files);
    RootClientFile root = new RootClientFile(bundle, context.symbols(), options);
    files.add("src/client.ts", templates.render("root-client.ts.mustache", root.view()));
    files.add("src/index.ts", templates.render("index.ts.mustache", root.index()));
    Identity identity = bundle.identity();
    String license = bundle.mounts().stream().map(m -> m.api().info().license()).flatMap(java.util.Optional::stream)
        .findFirst().orElse("UNLICENSED");
    addPackageFiles(templates, files, new Views.Package(jsonString(options.packageName()), jsonString(options.version()),
        jsonString(root.className() + " SDK for TypeScript"), jsonString(license),
        identity.repository().map(url -> jsonString("git+" + url + ".git")).orElse(null),
        identity.author().map(TypeScriptPlugin::jsonString).orElse(null)));
    files.add("README.md", templates.render("root-README.md.mustache", root.readme(options.packageName())));
    return files;
  }

  private static void addRuntime(TemplateEngine templates, FileSet files) {
    templates.folder("runtime", new NoView()).forEach((runtime, content) -> files.add("src/core/" + runtime, content));
  }

  private static void addPackageFiles(TemplateEngine templates, FileSet files, Views.Package pkg) {
    files.add("package.json", templates.render("package.json.mustache", pkg));
    files.add("tsconfig.json", templates.render("tsconfig.json.mustache", new NoView()));
    files.add("scripts/build.mjs", templates.render("build.mjs.mustache", new NoView()));
    files.add(".gitignore", templates.render("gitignore.mustache", new NoView()));
  }

  /**
   * The index's export of the client class, also as the default export when {@code asDefault},
   * and of the class without resources; without its last line break, which the template has.
   */
  private static String clientExport(String clientClass, String baseClass, boolean asDefault) {
    List<String> client = asDefault ? List.of(clientClass, clientClass + " as default") : List.of(clientClass);
    return (Code.importNames("export", client, "./client.js")
        + Code.importNames("export", List.of(baseClass, "type ClientOptions"), "./client-base.js")).stripTrailing();
  }

  /** A JSON string literal with its quotes. */
  static String jsonString(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return out.append('"').toString();
  }

  /**
   * Inputs are one params object, so their order never matters; an enum is a union of string
   * literals, so values written for it are still strings a plain string type accepts.
   */
  @Override
  public Compatibility compatibility() {
    return new Compatibility(Map.of(ChangeKind.ENUM_REPLACED_BY_STRING, Impact.FEATURE));
  }
}
