package dev.switchboard.cli;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.cli.CliTest.run;

import dev.switchboard.cli.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate and plan with a folder, a pattern or several files: one SDK, each spec at its mount. */
class SeveralSpecsTest {
  @TempDir Path dir;

  private Path specs() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("specs"));
    write(folder.resolve("accounts.yaml"), "https://accounts.example.test/v1", "/accounts", "Account");
    write(folder.resolve("messaging.yaml"), "https://messaging.example.test", "/v2/messages", "Message");
    Files.writeString(folder.resolve("switchboard.yaml"), "clientName: Example\n");
    return folder;
  }

  private static void write(Path file, String server, String path, String type) throws IOException {
    Files.writeString(file, """
        openapi: 3.0.3
        info: {title: %s API, version: '1'}
        servers: [{url: '%s'}]
        paths:
          %s:
            get:
              operationId: List%ss
              responses:
                '200':
                  description: ok
                  content: {application/json: {schema: {$ref: '#/components/schemas/%s'}}}
        components:
          schemas:
            %s: {type: object, properties: {id: {type: string}}}
        """.formatted(type, server, path, type, type, type));
  }

  @Test
  void aFolderGeneratesOneSdkWithEachSpecBelowItsMount() throws IOException {
    Path out = dir.resolve("out");
    Result result = run("generate", specs().toString(), "-l", "test-echo", "-o", out.toString());
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    Path sdk = out.resolve("test-echo");
    assertThat(Files.readString(sdk.resolve("client.txt"))).isEqualTo("Example\naccounts/v1 /v1\nmessaging/v2 \n");
    assertThat(Files.exists(sdk.resolve("accounts/v1/types/Account.txt"))).isTrue();
    assertThat(Files.exists(sdk.resolve("messaging/v2/types/Message.txt"))).isTrue();
    Result again = run("generate", dir.resolve("specs/*.yaml").toString(), "-l", "test-echo", "-o", out.toString());
    assertThat(again.out()).contains("test-echo: 0 created, 0 updated, 0 deleted");
  }

  @Test
  void twoSpecsAtOneMountExitOneNamingBothAndWriteNothing() throws IOException {
    Path folder = specs();
    Files.copy(folder.resolve("accounts.yaml"), folder.resolve("accounts-copy.yaml"));
    Path out = dir.resolve("out");
    Result result = run("generate", folder.resolve("accounts.yaml").toString(), folder.resolve("accounts-copy.yaml").toString(),
        "-l", "test-echo", "-o", out.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.SPEC_ERRORS);
    assertThat(result.err()).contains(folder.resolve("accounts.yaml") + ": /servers/0/url: error: " + folder.resolve("accounts.yaml")
        + " is mounted at 'accounts/v1', as " + folder.resolve("accounts-copy.yaml") + " is");
    assertThat(result.err()).contains("mounts: {accounts.yaml: DOMAIN/VERSION}");
    assertThat(result.err()).doesNotContain("Exception");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void aReleaseOfSeveralSpecsIsRefusedAsUsage() throws IOException {
    Path folder = specs();
    Result result = run("generate", folder.toString(), "--release", folder.resolve("accounts.yaml").toString(), "-l", "test-echo",
        "-o", dir.resolve("out").toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--release compares one spec with its previous version");
  }

  @Test
  void planPrintsEveryMountWithItsPlan() throws IOException {
    Path plan = dir.resolve("plan.json");
    Result result = run("plan", specs().toString(), "--pretty", "-o", plan.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    String json = Files.readString(plan);
    assertThat(json).contains("\"path\" : \"accounts/v1\"");
    assertThat(json).contains("\"serverPath\" : \"/v1\"");
    assertThat(json).contains("\"path\" : \"messaging/v2\"");
    try (Stream<String> lines = json.lines()) {
      assertThat(lines.filter(l -> l.contains("\"resources\"")).count()).isEqualTo(2);
    }
  }

  @Test
  void aPatternMatchingNothingIsAUsageErrorSayingWhatToName() {
    Result result = run("generate", dir.resolve("none/*.json").toString(), "-o", dir.resolve("out").toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("folder not found");
  }
}
