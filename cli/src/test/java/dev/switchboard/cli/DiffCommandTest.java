package dev.switchboard.cli;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiffCommandTest {
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
              - {name: fields, in: query, schema: {type: string}}
            responses: {'200': {description: ok}}
      """;
  /** Twilio's 2010 API at twilio-oai 2.4.2 and 2.5.0, which removes the usage category enums. */
  private static final Path HISTORY = Path.of("..", "samples", "twilio-history");

  @TempDir Path dir;

  private String write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  @Test
  void aDescriptionOnlyChangeIsAFixAndPassesAFeatureGate() throws IOException {
    String old = write("old.yaml", SPEC.replace("SUMMARY", "Get a pet"));
    String now = write("new.yaml", SPEC.replace("SUMMARY", "Fetch one pet"));
    CliTest.Result result = run("diff", old, now, "-l", "python,typescript", "--fail-on", "feature");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).contains("/paths/~1pets~1{petId}/get: description changed: operation getPet");
    assertThat(result.out()).endsWith("python: fix (1 fix)\ntypescript: fix (1 fix)\n");
    assertThat(run("diff", old, now, "-l", "python", "--fail-on", "fix").exitCode()).isEqualTo(ExitCodes.CHANGES_FOUND);
  }

  @Test
  void aNewRequiredParameterFailsABreakingGate() throws IOException {
    String old = write("old.yaml", SPEC);
    String now = write("new.yaml", SPEC.replace("- {name: fields, in: query, schema: {type: string}}",
        "- {name: fields, in: query, required: true, schema: {type: string}}"));
    CliTest.Result result = run("diff", old, now, "--fail-on", "breaking");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.CHANGES_FOUND);
    assertThat(result.out()).contains("input now required: operation getPet input fields (required) [breaking:");
    assertThat(run("diff", old, old, "--fail-on", "fix").out()).startsWith("no changes\n");
  }

  @Test
  void badOptionsExitTwoNamingTheOption() throws IOException {
    String spec = write("old.yaml", SPEC);
    CliTest.Result format = run("diff", spec, spec, "--format", "xml");
    assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(format.err()).contains("--format: expected text or json, got 'xml'");
    CliTest.Result failOn = run("diff", spec, spec, "--fail-on", "major");
    assertThat(failOn.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(failOn.err()).contains("--fail-on: expected breaking, feature, fix or none, got 'major'");
  }

  @Test
  void twilios250ReleaseBreaksPythonAndJavaButNotTypeScriptCallers() throws IOException {
    DiffCommand command = new DiffCommand();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    command.out = json;
    StringWriter err = new StringWriter();
    int code = new CommandLine(command).setErr(new PrintWriter(err, true)).execute(
        HISTORY.resolve("2.4.2/twilio_api_v2010.json").toString(), HISTORY.resolve("2.5.0/twilio_api_v2010.json").toString(),
        "--format", "json");
    assertThat(err.toString()).isEmpty();
    assertThat(code).isEqualTo(ExitCodes.OK);
    JsonNode report = new ObjectMapper().readTree(json.toString(StandardCharsets.UTF_8));
    assertThat(report.at("/languages/python/impact").asText()).isEqualTo("breaking");
    assertThat(report.at("/languages/java/impact").asText()).isEqualTo("breaking");
    int replaced = 0;
    for (JsonNode change : report.get("changes")) {
      if (change.get("kind").asText().equals("enum-replaced-by-string")) {
        replaced++;
        assertThat(change.at("/impact/typescript").asText()).isEqualTo("feature");
        assertThat(change.at("/impact/python").asText()).isEqualTo("breaking");
        assertThat(change.at("/symbols/python").asText()).matches("Usage[A-Za-z]+Enum(Usage)?Category");
      }
      if (change.get("subject").asText().equals("operation CreateUsageTrigger input UsageCategory")) {
        assertThat(change.at("/symbols/python").asText()).isEqualTo("accounts.usage.triggers.create.usage_category");
        assertThat(change.at("/symbols/java").asText()).isEqualTo("accounts.usage.triggers.create.usageCategory");
      }
    }
    assertThat(replaced).isEqualTo(10);
    assertThat(report.at("/changes/0/location").asText()).startsWith("/components/schemas/");
  }

  @Test
  void withOutputItReportsIdentifiersChangedSinceTheRecordedSurface() throws IOException {
    String old = write("old.yaml", SPEC);
    String out = dir.resolve("out").toString();
    assertThat(run("generate", old, "-l", "python,java", "-q", "-o", out).exitCode()).isEqualTo(ExitCodes.OK);
    Path surface = dir.resolve("out/python/.switchboard-surface");
    Files.writeString(surface, Files.readString(surface).replace("getPet\tretrieve\n", "getPet\tget_pet\n"));
    CliTest.Result result = run("diff", old, old, "-l", "python,java", "--output", out, "--fail-on", "breaking");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.CHANGES_FOUND);
    assertThat(result.out()).contains("/paths/~1pets~1{petId}/get: generated name changed: operation getPet (get_pet -> retrieve)"
        + " [breaking: python]");
    assertThat(result.out()).endsWith("python: breaking (1 breaking)\njava: no change\n");
    assertThat(run("diff", old, old, "-l", "python,java", "--fail-on", "fix").exitCode()).isEqualTo(ExitCodes.OK);
  }
}
