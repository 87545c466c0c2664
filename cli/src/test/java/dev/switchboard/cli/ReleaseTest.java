package dev.switchboard.cli;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.cli.CliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --release}: next versions per language, package metadata and changelogs. */
class ReleaseTest {
  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Pets, version: '1'}
      paths:
        /pets/{petId}:
          get:
            operationId: getPet
            summary: SUMMARY
            parameters:
              - {name: petId, in: path, required: true, schema: {type: string}}
            responses: {'200': {description: ok}}
      """;
  private static final String CONFIG = """
      languages:
        python: {packageName: pets, distributionName: pets, version: 1.2.3}
        typescript: {packageName: pets, version: 0.4.1}
      """;
  private static final Path HISTORY = Path.of("..", "samples", "twilio-history");

  @TempDir Path dir;

  private String spec(String name, String text) throws IOException {
    Files.createDirectories(dir.resolve(name));
    Files.writeString(dir.resolve(name).resolve("switchboard.yaml"), CONFIG);
    return Files.writeString(dir.resolve(name).resolve("openapi.yaml"), text).toString();
  }

  private CliTest.Result release(String old, String now) {
    return run("generate", now, "--release", old, "-l", "python,typescript", "-q", "-o", dir.resolve("out").toString());
  }

  private String read(String path) throws IOException {
    return Files.readString(dir.resolve("out").resolve(path));
  }

  @Test
  void aDescriptionChangeIsAPatchReleaseWithNoBreakingEntry() throws IOException {
    String old = spec("old", SPEC.replace("SUMMARY", "Get a pet"));
    String now = spec("new", SPEC.replace("SUMMARY", "Fetch one pet"));
    CliTest.Result result = release(old, now);
    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).contains("python: release 1.2.3 -> 1.2.4 (fix, 1 changes)");
    assertThat(result.out()).contains("typescript: release 0.4.1 -> 0.4.2 (fix, 1 changes)");
    assertThat(read("python/pyproject.toml")).contains("version = \"1.2.4\"");
    assertThat(read("typescript/package.json")).contains("\"version\": \"0.4.2\"");
    String changelog = read("python/CHANGELOG.md");
    assertThat(changelog).contains("## 1.2.4\n");
    assertThat(changelog).contains("### Fixed\n\n- description changed: `pets.retrieve`, operation getPet");
    assertThat(changelog).doesNotContain("Breaking");
  }

  @Test
  void aNewOptionalParameterIsAMinorReleaseAndRerunningChangesNothing() throws IOException {
    String old = spec("old", SPEC);
    String now = spec("new", SPEC.replace("schema: {type: string}}\n", "schema: {type: string}}\n"
        + "        - {name: fields, in: query, schema: {type: string}}\n"));
    assertThat(release(old, now).out()).contains("python: release 1.2.3 -> 1.3.0 (feature, 1 changes)");
    String first = read("python/CHANGELOG.md");
    assertThat(first).contains("## 1.3.0\n");
    assertThat(first).contains("### Added\n\n- optional input added: `pets.retrieve.fields`, operation getPet input fields (query)");
    assertThat(release(old, now).out()).contains("python: 0 created, 0 updated, 0 deleted");
    assertThat(read("python/CHANGELOG.md")).isEqualTo(first);
  }

  @Test
  void aPlainGenerationKeepsTheChangelogAndTheNextReleaseGoesOnTop() throws IOException {
    String v1 = spec("v1", SPEC);
    String v2 = spec("v2", SPEC.replace("required: true, schema: {type: string}", "required: true, schema: {type: integer}"));
    release(v1, v2);
    CliTest.Result plain = run("generate", v1, "-l", "python", "-q", "-o", dir.resolve("out").toString());
    assertThat(plain.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(read("python/CHANGELOG.md")).contains("## 2.0.0\n");
    assertThat(read("python/pyproject.toml")).contains("version = \"1.2.3\"");
    Files.writeString(dir.resolve("v2").resolve("switchboard.yaml"), CONFIG.replace("1.2.3", "2.0.0"));
    String v3 = spec("v3", Files.readString(Path.of(v2)).replace("SUMMARY", "Fetch one pet"));
    Files.writeString(dir.resolve("v3").resolve("switchboard.yaml"), CONFIG.replace("1.2.3", "2.0.0"));
    assertThat(release(v2, v3).exitCode()).isEqualTo(ExitCodes.OK);
    String changelog = read("python/CHANGELOG.md");
    assertThat(changelog.indexOf("## 2.0.1\n")).isAtLeast(0);
    assertThat(changelog.indexOf("## 2.0.1\n")).isLessThan(changelog.indexOf("## 2.0.0\n"));
  }

  @Test
  void twilios250ReleaseIsBreakingWithTheSymbolsAffected() throws IOException {
    Files.writeString(dir.resolve("switchboard.yaml"), CONFIG);
    CliTest.Result result = run("generate", HISTORY.resolve("2.5.0/twilio_api_v2010.json").toString(), "--release",
        HISTORY.resolve("2.4.2/twilio_api_v2010.json").toString(), "--config", dir.resolve("switchboard.yaml").toString(),
        "-l", "python,typescript", "-q", "-o", dir.resolve("out").toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).contains("python: release 1.2.3 -> 2.0.0 (breaking");
    assertThat(result.out()).contains("typescript: release 0.4.1 -> 0.5.0 (breaking");
    String changelog = read("python/CHANGELOG.md");
    assertThat(changelog).contains("- enum replaced by a string: `UsageRecordEnumCategory`, type usage_record_enum_category"
        + " (now a string in operation ListUsageRecord input Category");
    assertThat(changelog).contains("- description changed: `accounts.usage.triggers.create.usage_category`, operation CreateUsageTrigger");
    String typescript = read("typescript/CHANGELOG.md");
    assertThat(typescript).contains("### Added\n\n- enum replaced by a string: `UsageRecordAllTimeEnumCategory`, type usage_record");
    assertThat(typescript).contains("- description changed: `accounts.usage.triggers.create.usageCategory`, operation CreateUsageTrigger");
  }

  @Test
  void aChangelogThatIsALinkIsRefusedAndNothingIsWritten() throws IOException {
    String old = spec("old", SPEC);
    String now = spec("new", SPEC.replace("SUMMARY", "Fetch one pet"));
    Path secret = Files.writeString(dir.resolve("secret.txt"), "## 9.9.9\nsecret\n");
    Files.createDirectories(dir.resolve("out/python"));
    Files.createSymbolicLink(dir.resolve("out/python/CHANGELOG.md"), secret);
    CliTest.Result result = release(old, now);
    assertThat(result.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(result.err()).contains("python/CHANGELOG.md: is a symbolic link; Switchboard never writes through links");
    assertThat(Files.exists(dir.resolve("out/python/pyproject.toml"))).isFalse();
    assertThat(Files.readString(secret)).isEqualTo("## 9.9.9\nsecret\n");
  }

  @Test
  void aPreReleaseVersionCannotBeReleasedFrom() throws IOException {
    String old = spec("old", SPEC);
    Files.writeString(dir.resolve("old/switchboard.yaml"), CONFIG.replace("1.2.3", "1.2.3rc1"));
    CliTest.Result result = run("generate", old, "--release", old, "-l", "python", "-o", dir.resolve("out").toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("python option version: '1.2.3rc1' is not a release version");
  }

  @Test
  void anIdentifierTheGeneratorChangedIsABreakingChangeFromTheRecordedSurface() throws IOException {
    String old = spec("old", SPEC);
    String now = spec("new", SPEC.replace("SUMMARY", "Fetch one pet"));
    assertThat(run("generate", old, "-l", "python", "-q", "-o", dir.resolve("out").toString()).exitCode()).isEqualTo(0);
    Path surface = dir.resolve("out/python/.switchboard-surface");
    String recorded = Files.readString(surface);
    assertThat(recorded).contains("OPERATION\t/paths/~1pets~1{petId}/get\tgetPet\tretrieve\n");
    // As an earlier generator would have named it.
    Files.writeString(surface, recorded.replace("getPet\tretrieve\n", "getPet\tget_pet\n"));
    CliTest.Result result = run("generate", now, "--release", old, "-l", "python", "-q", "-o", dir.resolve("out").toString());
    assertThat(result.out()).contains("python: release 1.2.3 -> 2.0.0 (breaking, 2 changes)");
    assertThat(read("python/CHANGELOG.md")).contains("### Breaking changes\n\n- generated name changed: `retrieve`,"
        + " operation getPet (get_pet -> retrieve) at `/paths/~1pets~1{petId}/get`");
    assertThat(read("python/pyproject.toml")).contains("version = \"2.0.0\"");
    assertThat(read("python/.switchboard-surface")).isEqualTo(recorded);
  }
}
