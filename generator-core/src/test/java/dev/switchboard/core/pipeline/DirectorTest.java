package dev.switchboard.core.pipeline;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.diagnostics.SpecException;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Option;
import dev.switchboard.core.plugin.OptionSet;
import dev.switchboard.core.plugin.Plugins;
import dev.switchboard.core.testing.Specs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Tiny, version: '1'}
      paths:
        /things:
          get:
            operationId: listThings
            responses:
              '200': {description: ok}
      """;

  @TempDir Path dir;

  /** Writes the client name and its own option, so a test sees which config reached it. */
  private record Recorder(String id) implements LanguagePlugin {
    @Override
    public String description() {
      return "records its input";
    }

    @Override
    public OptionSet options() {
      return OptionSet.of(Option.matching("flavour", "how it tastes", Pattern.compile("[a-z]+"), "lowercase letters"));
    }

    @Override
    public FileSet generate(GenerationContext context) {
      return new FileSet().add("client.txt", dev.switchboard.core.naming.Case.pascal(context.api().info().clientName().words()) + " "
          + context.options().get("flavour", "plain") + "\n");
    }
  }

  private static Job job(Path spec, List<LanguagePlugin> plugins) {
    return job(spec, Optional.empty(), plugins);
  }

  private static Job job(Path spec, Optional<Path> config, List<LanguagePlugin> plugins) {
    return Job.of(spec, config, plugins, Plugins.of(plugins));
  }

  private String clientFile(Generation generation, String language) {
    return generation.sdks().get(language).text("client.txt");
  }

  @Test
  void usesTheConfigBesideTheSpecUnlessOneIsNamed() throws IOException {
    Path spec = Specs.write(dir, "api/openapi.yaml", SPEC);
    Specs.write(dir, "api/switchboard.yaml", "clientName: Beside\nlanguages:\n  one: {flavour: salty}\n");
    Path named = Specs.write(dir, "elsewhere.yaml", "clientName: Named\n");
    List<LanguagePlugin> plugins = List.of(new Recorder("one"), new Recorder("two"));

    Generation beside = Director.run(job(spec, plugins));
    assertThat(beside.sdks().keySet()).containsExactly("one", "two").inOrder();
    assertThat(clientFile(beside, "one")).isEqualTo("Beside salty\n");
    assertThat(clientFile(beside, "two")).isEqualTo("Beside plain\n");

    Generation chosen = Director.run(job(spec, Optional.of(named), plugins));
    assertThat(clientFile(chosen, "one")).isEqualTo("Named plain\n");
  }

  @Test
  void writesEachLanguageInItsOwnFolderAndChecksWithoutWriting() throws IOException {
    Path spec = Specs.write(dir, "openapi.yaml", SPEC);
    Generation generation = Director.run(job(spec, List.of(new Recorder("one"), new Recorder("two"))));
    Path out = dir.resolve("out");

    assertThat(generation.check(out).stream().allMatch(r -> r.report().changed())).isTrue();
    assertThat(Files.exists(out)).isFalse();
    List<Generation.LanguageReport> written = generation.write(out);
    assertThat(written.stream().map(r -> r.dir()).toList()).containsExactly(out.resolve("one"), out.resolve("two")).inOrder();
    assertThat(Files.readString(out.resolve("two/client.txt"))).isEqualTo("Tiny plain\n");
    assertThat(generation.check(out).stream().anyMatch(r -> r.report().changed())).isFalse();
  }

  @Test
  void missingFilesAreUsageErrors() {
    Path spec = Specs.write(dir, "openapi.yaml", SPEC);
    List<LanguagePlugin> plugins = List.of(new Recorder("one"));
    ConfigException noSpec = assertThrows(ConfigException.class, () -> Director.run(job(dir.resolve("nope.yaml"), plugins)));
    assertThat(noSpec).hasMessageThat().isEqualTo("spec file not found: " + dir.resolve("nope.yaml"));
    ConfigException noConfig = assertThrows(ConfigException.class,
        () -> Director.run(job(spec, Optional.of(dir.resolve("none.yaml")), plugins)));
    assertThat(noConfig).hasMessageThat().startsWith("config file not found: ");
    ConfigException noTemplates = assertThrows(ConfigException.class,
        () -> Director.run(job(spec, plugins).withTemplates(Optional.of(dir.resolve("templates")))));
    assertThat(noTemplates).hasMessageThat().startsWith("templates folder not found: ");
  }

  @Test
  void specErrorsStopBeforeAnyPluginOutput() {
    Path spec = Specs.write(dir, "openapi.yaml", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n"
        + "      responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Gone'}}}}\n");
    SpecException e = assertThrows(SpecException.class, () -> Director.run(job(spec, List.of(new Recorder("one")))));
    assertThat(e.diagnostics().hasErrors()).isTrue();
  }

  @Test
  void selectsPluginsByIdInTheOrderAskedAndNamesTheAvailableOnesOtherwise() {
    Plugins none = Plugins.load(DirectorTest.class.getClassLoader());
    assertThat(none.select(List.of())).isEqualTo(none.all());
    ConfigException unknown = assertThrows(ConfigException.class, () -> none.select(List.of("cobol")));
    assertThat(unknown).hasMessageThat().startsWith("unknown language 'cobol' (available: ");
  }

  @Test
  void configErrorsNameTheFileTheKeyPathAndWhatWouldBeValidBeforeTheSpecIsRead() {
    Path spec = dir.resolve("missing-spec.yaml");
    List<LanguagePlugin> plugins = List.of(new Recorder("one"));
    assertThat(configError(spec, plugins, "languages:\n  one: {flavor: salty}\n"))
        .endsWith("bad.yaml: languages.one.flavor: unknown option; one accepts flavour, verbs");
    assertThat(configError(spec, plugins, "languages:\n  one: {flavour: 12}\n"))
        .endsWith("bad.yaml: languages.one.flavour: expected text, got a number (quote it: flavour: \"12\")");
    assertThat(configError(spec, plugins, "languages:\n  one: {flavour: [a]}\n"))
        .endsWith("bad.yaml: languages.one.flavour: expected text, got a list");
    assertThat(configError(spec, plugins, "languages:\n  one: {flavour: Salty}\n"))
        .endsWith("bad.yaml: languages.one.flavour: 'Salty' is not valid; expected lowercase letters");
    assertThat(configError(spec, plugins, "languages:\n  cobol: {}\n"))
        .endsWith("bad.yaml: languages.cobol: unknown language (available: one)");
    assertThat(configError(spec, plugins, "languages: [one]\n"))
        .endsWith("bad.yaml: languages: expected a mapping of language to options, got a list");
    assertThat(configError(spec, plugins, "languages:\n  one: salty\n"))
        .endsWith("bad.yaml: languages.one: expected a mapping of option to value, got a string");
    assertThat(configError(spec, plugins, "clientName: [A]\n"))
        .endsWith("bad.yaml: clientName: expected text such as 'Acme', got a list");
  }

  @Test
  void aLanguageThatIsInstalledButNotSelectedMayBeConfiguredAndIsNotRead() {
    Path spec = Specs.write(dir, "openapi.yaml", SPEC);
    Path config = Specs.write(dir, "switchboard.yaml", "languages:\n  two: {anything: [goes]}\n");
    LanguagePlugin one = new Recorder("one");
    Job job = Job.of(spec, Optional.of(config), List.of(one), Plugins.of(List.of(one, new Recorder("two"))));
    assertThat(Director.run(job).sdks().keySet()).containsExactly("one");
  }

  private String configError(Path spec, List<LanguagePlugin> plugins, String yaml) {
    Path config = Specs.write(dir, "bad.yaml", yaml);
    return assertThrows(ConfigException.class, () -> Director.run(job(spec, Optional.of(config), plugins))).getMessage();
  }
}
