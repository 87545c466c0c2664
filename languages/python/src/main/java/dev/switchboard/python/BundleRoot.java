package dev.switchboard.python;

import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.bundle.Mount;
import dev.switchboard.core.bundle.Namespace;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plugin.BundleContext;
import dev.switchboard.core.render.TemplateEngine;
import dev.switchboard.python.view.BundleReadmeView;
import dev.switchboard.python.view.BundleReadmeView.ApiRow;
import dev.switchboard.python.view.ProjectView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The root of an SDK made of several specs, each printed in its own package below it: the runtime,
 * its errors named after the bundle's client, the package files, a package per namespace, the
 * client and a README. The webhook check is written once, here, as the specs share their config.
 */
final class BundleRoot {
  private final BundleContext context;
  private final Bundle bundle;
  private final PythonOptions options;
  private final TemplateEngine templates;

  BundleRoot(BundleContext context) {
    this.context = context;
    this.bundle = context.bundle();
    this.options = PythonOptions.of(context.options(), bundle.identity());
    this.templates = context.templates();
  }

  FileSet files() {
    ProjectView project = project();
    String src = "src/" + options.packageName() + "/";
    FileSet files = new FileSet();
    templates.folder("runtime", project).forEach((module, content) -> files.add(src + module, content));
    files.add(src + "py.typed", "");
    files.add(src + "__init__.py", templates.render("package/__init__.py.mustache", PackageInit.build(project)));
    files.add(src + "_version.py", templates.render("package/_version.py.mustache", project));
    namespaces(bundle.root(), src, files);
    RootClientBuilder client = new RootClientBuilder(bundle, context.symbols());
    files.add(src + "_client.py", templates.render("bundle/_client.py.mustache", client.build()));
    bundle.mounts().stream().map(m -> m.plan().webhooks()).flatMap(Optional::stream).findFirst()
        .ifPresent(signature -> files.add(src + "webhooks.py",
            templates.render("package/webhooks.py.mustache", WebhooksModule.view(signature))));
    files.add("pyproject.toml", templates.render("pyproject.toml.mustache", project));
    files.add("README.md", templates.render("bundle/README.md.mustache", readme(project, client)));
    return files;
  }

  /** An {@code __init__.py} for each namespace, whose specs' packages lie below it. */
  private void namespaces(Namespace level, String src, FileSet files) {
    for (Namespace namespace : level.namespaces()) {
      String folder = src + MountPackages.folder(namespace.path());
      List<String> below = new ArrayList<>();
      namespace.namespaces().forEach(n -> below.add(n.name().wire()));
      namespace.mounts().forEach(m -> below.add(m.path().get(m.path().size() - 1).wire()));
      String docstring = PyText.docstring(Optional.of("The " + namespace.name().wire() + " APIs, a package each: "
          + String.join(", ", below) + "."), 0).orElseThrow();
      files.add(folder + "__init__.py", docstring + "\n");
      namespaces(namespace, src, files);
    }
  }

  private ProjectView project() {
    Identity identity = bundle.identity();
    String client = PythonSymbols.pascal(identity.client());
    String title = "Python client for the " + RootClientBuilder.title(identity) + ".";
    Optional<String> license = bundle.mounts().stream().map(m -> m.api().info().license()).flatMap(Optional::stream)
        .findFirst();
    return new ProjectView(options.packageName(), options.distributionName(), options.version(), PyText.toml(title),
        license.map(PyText::toml).orElse(null), identity.repository().map(PyText::toml).orElse(null),
        identity.author().map(PyText::toml).orElse(null), client + "Error",
        PyText.docstring(Optional.of(title), 0).orElseThrow());
  }

  private BundleReadmeView readme(ProjectView project, RootClientBuilder client) {
    Set<String> variables = new LinkedHashSet<>();
    bundle.auth().forEach(scheme -> scheme.credentials().forEach(c -> variables.add(c.environment())));
    variables.add(bundle.identity().baseUrlVariable());
    List<String> arguments = new ArrayList<>();
    bundle.auth().stream().findFirst().ifPresent(scheme -> scheme.credentials().forEach(c -> arguments.add(
        client.givenNames().get(ClientBuilder.given(scheme, c)) + "=\"...\"")));
    List<ApiRow> apis = new ArrayList<>();
    for (Mount mount : bundle.mounts()) {
      apis.add(new ApiRow("client." + String.join(".", MountPackages.of(mount.path())), mount.api().info().title(),
          RootClientBuilder.fileName(mount)));
    }
    return new BundleReadmeView(RootClientBuilder.title(bundle.identity()), project.distributionName(),
        project.packageName(), String.join(", ", arguments), apis.get(0).attribute(), project.packageName() + "."
        + String.join(".", MountPackages.of(bundle.mounts().get(0).path())) + ".models", List.copyOf(variables), apis,
        shortcuts(client.shortcutMembers()));
  }

  private BundleReadmeView.Shortcuts shortcuts(Map<String, String> members) {
    if (members.isEmpty()) {
      return null;
    }
    Map.Entry<String, String> first = members.entrySet().iterator().next();
    String target = first.getValue();
    return new BundleReadmeView.Shortcuts(target.substring(0, target.lastIndexOf('.')), first.getKey(), target,
        String.join(", ", members.keySet().stream().map(name -> "`" + name + "`").toList()));
  }
}
