package dev.switchboard.core.spec;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.diagnostics.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs built to break or stall the loader: each gives a diagnostic, at once. */
class HostileSpecTest {
  @TempDir Path dir;

  private List<Diagnostic> failure(Path file) {
    Diagnostics diagnostics = new Diagnostics(file.toString());
    assertThrows(SpecException.class, () -> new SpecLoader().load(file, diagnostics));
    assertThat(diagnostics.hasErrors()).isTrue();
    return diagnostics.sorted();
  }

  private List<Diagnostic> failure(String name, String text) throws IOException {
    return failure(Files.writeString(dir.resolve(name), text));
  }

  private static final String HEAD = "openapi: 3.0.3\ninfo: {title: x, version: '1'}\n";

  /** Duplicate mapping keys at every depth, in YAML block and flow style and in JSON. */
  @ParameterizedTest
  @ValueSource(strings = {
    "yaml|openapi: 3.0.3\nopenapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\n",
    "yaml|" + HEAD + "paths: {}\npaths: {}\n",
    "yaml|" + HEAD + "info: {title: y, version: '2'}\npaths: {}\n",
    "yaml|" + HEAD + "paths:\n  /a: {}\n  /a: {}\n",
    "yaml|" + HEAD + "paths:\n  /a:\n    get: {responses: {'200': {description: a}}}\n    get: {responses: {'200': {description: b}}}\n",
    "yaml|" + HEAD + "paths: {}\ncomponents:\n  schemas:\n    A: {type: object}\n    A: {type: string}\n",
    "yaml|" + HEAD + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        p: {type: string}\n        p: {type: integer}\n",
    "yaml|" + HEAD + "paths: {}\ncomponents: {schemas: {A: {type: object, type: string}}}\n",
    "json|{\"openapi\": \"3.0.3\", \"openapi\": \"3.1.0\", \"info\": {\"title\": \"x\", \"version\": \"1\"}, \"paths\": {}}",
    "json|{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"x\", \"title\": \"y\", \"version\": \"1\"}, \"paths\": {}}",
    "json|{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"x\", \"version\": \"1\"}, \"paths\": {}, \"components\": {\"schemas\": {\"A\": {\"properties\": {\"p\": {}, \"p\": {}}}}}}",
  })
  void duplicateKeysAreErrorsWithALine(String shape) throws IOException {
    String[] parts = shape.split("\\|", 2);
    Diagnostic d = failure("dup." + parts[0], parts[1]).get(0);
    assertThat(d.id()).isEqualTo("malformed-" + parts[0]);
    assertThat(d.message()).contains("Duplicate field");
    assertThat(d.location()).matches("line \\d+, column \\d+");
  }

  @Test
  void aLatin1SpecIsAnErrorNamingLineAndByte() throws IOException {
    byte[] text = (HEAD + "paths: {}\n# caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
    Diagnostic d = failure(Files.write(dir.resolve("latin1.yaml"), text)).get(0);
    assertThat(d.id()).isEqualTo("not-utf8");
    assertThat(d.location()).isEqualTo("line 4, byte " + (text.length - 2));
    assertThat(d.message()).contains("0xE9");
  }

  @Test
  void foldersDevicesAndPipesAreNotRegularFilesAndNeverBlock() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isEqualTo(0);
    for (Path file : new Path[] {dir, Path.of("/dev/zero"), fifo}) {
      Diagnostic d = failure(file).get(0);
      assertThat(d.id()).isEqualTo("not-a-file");
      assertThat(d.message()).contains("is not a regular file");
    }
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefusedWithTheNumber() throws IOException {
    Path big = dir.resolve("big.yaml");
    try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(java.nio.ByteBuffer.wrap("x".getBytes()), SpecText.MAX_BYTES);
    }
    Diagnostic d = failure(big).get(0);
    assertThat(d.id()).isEqualTo("too-large");
    assertThat(d.message()).contains("the limit is 67108864 bytes (64 MiB)");
  }

  @Test
  void aLongChainOfReferencesIsCutShortWithOneDiagnostic() throws IOException {
    StringBuilder spec = new StringBuilder(HEAD + "paths: {}\ncomponents:\n  schemas:\n");
    int length = 20_000;
    for (int i = 0; i < length; i++) {
      spec.append("    S").append(i).append(": {$ref: '#/components/schemas/S").append(i + 1).append("'}\n");
    }
    spec.append("    S").append(length).append(": {type: string}\n");
    List<Diagnostic> diagnostics = failure("chain.yaml", spec.toString());
    assertThat(diagnostics.stream().filter(d -> d.id().equals("ref-chain-too-long")).count()).isEqualTo(1);
    assertThat(diagnostics.get(0).message()).contains("more than " + RefChecker.MAX_CHAIN + " references");
  }

  @ParameterizedTest
  @ValueSource(strings = {"swagger: '2.0'\ninfo: {title: x, version: '1'}\n", "openapi: 3.0.3\ninfo: {title: x, version: '1'}\n"})
  void aYamlAliasBombIsNeverExpanded(String head) throws IOException {
    StringBuilder bomb = new StringBuilder(head + "paths: {}\nx-bomb:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 12; i++) {
      bomb.append("  a").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 9; k++) {
        bomb.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      bomb.append("]\n");
    }
    for (int i = 0; i < 200; i++) {
      bomb.append("  b").append(i).append(": [*a11, *a11, *a11, *a11, *a11, *a11]\n");
    }
    Path file = Files.writeString(dir.resolve("bomb.yaml"), bomb.toString());
    long start = System.nanoTime();
    LoadedSpec spec = new SpecLoader().load(file, new Diagnostics(file.toString()));
    assertThat(spec.openApi().getPaths()).isEmpty();
    // Expanded, the bomb holds 9^12 strings and would never finish: the bound only guards against a hang,
    // generous enough for a loaded machine (read once into the tree, it takes well under a second).
    assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(120);
  }

  @Test
  void nestingBeyondTheLimitIsRefused() throws IOException {
    String deep = "[".repeat(SpecTree.MAX_DEPTH + 10) + "]".repeat(SpecTree.MAX_DEPTH + 10);
    Diagnostic d = failure("deep.json", "{\"openapi\": \"3.0.3\", \"x-deep\": " + deep + "}").get(0);
    assertThat(d.id()).isEqualTo("malformed-json");
    assertThat(d.message()).contains("nesting depth");
    assertThat(d.message()).contains(Integer.toString(SpecTree.MAX_DEPTH));
  }

  @Test
  void aMediaTypeGivenAsAnArrayIsAnErrorWithoutParserInternals() throws IOException {
    List<Diagnostic> diagnostics = failure("media.yaml", HEAD + """
        paths:
          /a:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json: [{schema: {type: string}}]
        """);
    assertThat(diagnostics.get(0).id()).isEqualTo("wrong-shape");
    assertThat(diagnostics.toString()).doesNotContain("cannot be cast");
    assertThat(diagnostics.toString()).doesNotContain("class com.");
  }
}
