package dev.switchboard.core.bundle;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.diagnostics.SpecException;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.pipeline.Director;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.pipeline.Job;
import dev.switchboard.core.plugin.BundleContext;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.spec.RefPolicy;
import dev.switchboard.core.testing.RepoPaths;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several specs, one SDK: which files a job reads, where each spec is mounted, and what a plugin prints. */
class BundleTest {
  /** Prints each mount below its path and a root listing the namespaces; refuses to print outside a placement. */
  static final class Tree implements LanguagePlugin {
    @Override
    public String id() {
      return "tree";
    }

    @Override
    public String description() {
      return "mount tree";
    }

    @Override
    public FileSet generate(GenerationContext context) {
      String folder = context.placement().orElseThrow().mount().stream().map(Name::wire).collect(Collectors.joining("/"));
      return new FileSet().add(folder + "/types.txt", context.api().types().stream()
          .map(t -> t.name().wire()).sorted().collect(Collectors.joining(" ")) + "\n");
    }

    @Override
    public FileSet generateRoot(BundleContext context) {
      StringBuilder out = new StringBuilder(context.bundle().identity().client().wire() + "\n");
      print(context.bundle().root(), "", out);
      return new FileSet().add("client.txt", out.toString());
    }

    private static void print(Namespace level, String indent, StringBuilder out) {
      level.mounts().forEach(m -> out.append(indent).append(m.path().get(m.path().size() - 1).wire()).append(" = ")
          .append(m.source().replaceAll(".*/", "")).append(" at '").append(m.serverPath()).append("'\n"));
      level.namespaces().forEach(n -> {
        out.append(indent).append(n.name().wire()).append(":\n");
        print(n, indent + "  ", out);
      });
    }
  }

  private static Generation run(Path spec, List<Path> more, Job.Stage stage) {
    Job job = new Job(spec, Optional.empty(), List.of(new Tree()), Set.of("tree"), Optional.empty(), RefPolicy.CONFINED)
        .withMoreSpecs(more);
    return Director.run(stage == Job.Stage.PLAN ? job.planOnly() : job);
  }

  @Test
  void aFolderOfSpecsIsOneSdkWithEachApiMountedAtItsDomainAndVersion() {
    Generation generation = run(RepoPaths.samples().resolve("multi-spec"), List.of(), Job.Stage.GENERATE);
    FileSet files = generation.sdks().get("tree");
    assertThat(files.text("client.txt")).isEqualTo("""
        Example
        accounts:
          v1 = accounts.yaml at '/v1'
        messaging:
          v2 = messaging.yaml at ''
        """);
    // Both specs have a Status; each keeps its own in its own namespace.
    assertThat(files.text("accounts/v1/types.txt")).isEqualTo("Account Status\n");
    assertThat(files.text("messaging/v2/types.txt")).isEqualTo("CreateMessage Message Status\n");
    assertThat(files.text(".switchboard-surface")).isNotNull();
    assertThat(generation.bundle().orElseThrow().mounts().stream().map(Mount::key).toList())
        .containsExactly("accounts/v1", "messaging/v2").inOrder();
  }

  @Test
  void theVersionComesFromTheServerUrlOrFromThePathsAndADateNamesItsYear(@TempDir Path dir) {
    Specs.write(dir, "a.yaml", spec("https://api.example.test", "/2010-04-01/Accounts.json"));
    Specs.write(dir, "b.yaml", spec("https://flex-api.example.test/v1beta2", "/Things"));
    Specs.write(dir, "c.yaml", spec("https://www.example.test", "/things/{id}"));
    Bundle bundle = run(dir, List.of(), Job.Stage.PLAN).bundle().orElseThrow();
    assertThat(bundle.mounts().stream().map(Mount::key).toList()).containsExactly("api/v2010", "c", "flex-api/v1beta2").inOrder();
    assertThat(bundle.mounts().get(2).path().get(0).words()).containsExactly("flex", "api").inOrder();
    // With no clientName in a config, every spec is named after the folder, as the SDK is.
    bundle.mounts().forEach(m -> assertThat(m.plan().identity()).isEqualTo(bundle.identity()));
  }

  @Test
  void theConfigPlacesASpecAndChoosesWhichFilesOfTheFolderCount(@TempDir Path dir) {
    Specs.write(dir, "a.yaml", spec("https://api.example.test", "/v1/Things"));
    Specs.write(dir, "b.yaml", spec("https://api.example.test", "/v1/Others"));
    Specs.write(dir, "notes.json", "{}");
    Specs.write(dir, "switchboard.yaml", "specs: ['*.yaml']\nmounts: {b.yaml: api/v1-beta}\n");
    Bundle bundle = run(dir, List.of(), Job.Stage.PLAN).bundle().orElseThrow();
    assertThat(bundle.mounts().stream().map(Mount::key).toList()).containsExactly("api/v1", "api/v1-beta").inOrder();
  }

  @Test
  void theClientHasTheMembersOfTheMountItsConfigNamesUnlessANamespaceHasTheName(@TempDir Path dir) {
    Specs.write(dir, "a.yaml", spec("https://api.example.test", "/v1/Things").replace("paths:\n", """
        paths:
          /v1/Widgets:
            get: {operationId: ListWidgets, responses: {'200': {description: ok}}}
        """));
    Specs.write(dir, "b.yaml", spec("https://things.example.test", "/v1/Stuff"));
    Specs.write(dir, "switchboard.yaml", "shortcuts: api/v1\n");
    Bundle bundle = run(dir, List.of(), Job.Stage.PLAN).bundle().orElseThrow();
    Shortcuts shortcuts = bundle.shortcuts().orElseThrow();
    assertThat(shortcuts.mount().key()).isEqualTo("api/v1");
    // client.things is the domain of b.yaml, so only widgets is also a member of the client.
    assertThat(shortcuts.members().stream().map(Name::wire).toList()).containsExactly("Widgets");

    Specs.write(dir, "switchboard.yaml", "shortcuts: api/v9\n");
    SpecException e = assertThrows(SpecException.class, () -> run(dir, List.of(), Job.Stage.PLAN));
    assertThat(e.diagnostics().sorted().stream().map(Diagnostic::format).toList()).containsExactly(
        dir.resolve("switchboard.yaml") + ": /shortcuts: error: shortcuts: 'api/v9' is not the path of a mount"
            + " (name one of api/v1, things/v1)");
  }

  @Test
  void twoSpecsAtOnePlaceAreRefusedNamingTheFileAndWhatToSet(@TempDir Path dir) {
    Path a = Specs.write(dir, "a.yaml", spec("https://api.example.test", "/v1/Things"));
    Path b = Specs.write(dir, "b.yaml", spec("https://api.example.test", "/v1/Others"));
    Path c = Specs.write(dir, "c.yaml", spec("https://api.example.test", "/Things"));
    SpecException e = assertThrows(SpecException.class, () -> run(a, List.of(b, c), Job.Stage.PLAN));
    List<String> errors = e.diagnostics().sorted().stream().map(Diagnostic::format).toList();
    assertThat(errors).containsExactly(
        b + ": /servers/0/url: error: " + b + " is mounted at 'api/v1', as " + a
            + " is; a client member cannot hold both (give one of them its own place in switchboard.yaml: mounts: {b.yaml: DOMAIN/VERSION})",
        a + ": /servers/0/url: error: " + a + " is mounted below 'api', where " + c
            + " is mounted; a client member cannot hold both (give one of them its own place in switchboard.yaml: mounts: {a.yaml: DOMAIN/VERSION})",
        b + ": /servers/0/url: error: " + b + " is mounted below 'api', where " + c
            + " is mounted; a client member cannot hold both (give one of them its own place in switchboard.yaml: mounts: {b.yaml: DOMAIN/VERSION})");
  }

  @Test
  void aPatternNamesTheMatchingFilesOfItsFolderNeverALinkLeadingOut(@TempDir Path dir) throws Exception {
    Path specs = Files.createDirectory(dir.resolve("specs"));
    Specs.write(specs, "one_v1.yaml", spec("https://one.example.test", "/v1/Things"));
    Specs.write(specs, "two_v1.yaml", spec("https://two.example.test", "/v1/Things"));
    Bundle bundle = run(specs.resolve("*_v1.yaml"), List.of(), Job.Stage.PLAN).bundle().orElseThrow();
    assertThat(bundle.mounts().stream().map(Mount::key).toList()).containsExactly("one/v1", "two/v1").inOrder();

    Path outside = Specs.write(dir, "secret.yaml", spec("https://three.example.test", "/v1/Things"));
    Files.createSymbolicLink(specs.resolve("three_v1.yaml"), outside);
    ConfigException link = assertThrows(ConfigException.class, () -> run(specs.resolve("*_v1.yaml"), List.of(), Job.Stage.PLAN));
    assertThat(link).hasMessageThat().contains("the spec is a symbolic link leading out of");
    ConfigException none = assertThrows(ConfigException.class, () -> run(specs.resolve("*.json"), List.of(), Job.Stage.PLAN));
    assertThat(none).hasMessageThat().isEqualTo(specs.resolve("*.json") + ": no spec file matches; name OpenAPI files,"
        + " a folder of them or a pattern such as 'specs/*.json'");
  }

  @Test
  void specsAndMountsInTheConfigAreChecked(@TempDir Path dir) {
    Specs.write(dir, "a.yaml", spec("https://api.example.test", "/v1/Things"));
    Specs.write(dir, "switchboard.yaml", "specs: ['../*.yaml']\n");
    assertThat(assertThrows(ConfigException.class, () -> run(dir, List.of(), Job.Stage.PLAN))).hasMessageThat()
        .contains("specs[0]: expected a file name pattern of the config's folder");
    Specs.write(dir, "switchboard.yaml", "mounts: {a.yaml: 'api/v1/extra'}\n");
    assertThat(assertThrows(ConfigException.class, () -> run(dir, List.of(), Job.Stage.PLAN))).hasMessageThat()
        .contains("mounts.a.yaml: expected a domain and an optional version such as 'verify/v3'");
  }

  private static String spec(String server, String path) {
    return """
        openapi: 3.0.3
        info: {title: Some API, version: '1'}
        servers: [{url: '%s'}]
        paths:
          '%s':
            get:
              operationId: ListThings
              parameters: [{name: id, in: query, schema: {type: string}}]
              responses: {'200': {description: ok}}
        """.formatted(server, path);
  }
}
