package dev.switchboard.java;

import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.bundle.Mount;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/** The README of an SDK made of several specs: installation, the root client and where each API is. */
final class BundleReadme {
  /** {@code README-bundle.md.mustache}; every text is Markdown-safe. */
  record View(String title, String summary, String groupId, String artifactId, String version, String clientClass,
      String clientSimpleName, String baseUrlVariable, String loggerName, String errorBase, List<Api> apis,
      boolean hasShortcuts, String shortcutMount, List<Shortcut> shortcuts) {}

  /** A member the client has from the shortcuts' mount, and the longer call it is the same as. */
  record Shortcut(String call, String same) {}

  /** One mounted API: how to reach it, its title, its package and its server's path. */
  record Api(String call, String title, String packageName, String serverPath) {}

  private final JavaOptions options;
  private final RootClientGenerator root;

  BundleReadme(JavaOptions options, RootClientGenerator root) {
    this.options = options;
    this.root = root;
  }

  /** What the POM says of an SDK of several specs: its client's name and the APIs it holds. */
  static ProjectFiles.Project project(Bundle bundle) {
    Optional<String> license = bundle.mounts().stream().map(m -> m.api().info().license()).flatMap(Optional::stream)
        .findFirst();
    return new ProjectFiles.Project(bundle.identity().client().wire(), summary(bundle), license);
  }

  private static String summary(Bundle bundle) {
    StringJoiner titles = new StringJoiner(", ", "The APIs ", " in one SDK.");
    bundle.mounts().forEach(m -> titles.add(m.api().info().title()));
    return titles.toString();
  }

  View view(Bundle bundle) {
    List<Api> apis = bundle.mounts().stream().map(this::api).toList();
    String client = root.client().simpleName();
    return new View(cell(bundle.identity().client().wire()), cell(summary(bundle)), options.groupId(),
        options.artifactId(), options.version(), root.client().canonicalName(), client,
        bundle.identity().baseUrlVariable(), options.rootPackage(),
        options.rootPackage() + ".errors." + JavaSymbols.className(bundle.identity().client()) + "Exception", apis,
        !root.shortcutCalls().isEmpty(), bundle.shortcuts().map(s -> s.mount().key()).orElse(""),
        root.shortcutCalls().entrySet().stream().map(e -> new Shortcut(e.getKey(), e.getValue())).toList());
  }

  private Api api(Mount mount) {
    return new Api(root.call(mount), cell(mount.api().info().title()), root.mountClient(mount).packageName(),
        mount.serverPath().isEmpty() ? "(none)" : "`" + mount.serverPath() + "`");
  }

  /** Text for a Markdown table cell: one line, no column breaks. */
  private static String cell(String text) {
    return text.replace("\n", " ").replace("|", "\\|").strip();
  }
}
