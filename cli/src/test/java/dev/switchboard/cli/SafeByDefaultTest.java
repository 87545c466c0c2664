package dev.switchboard.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's exit codes and messages for hostile folders, templates, options and specs. */
class SafeByDefaultTest {
  @TempDir Path dir;

  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private Path spec() throws IOException {
    return spec("Things");
  }

  private Path spec(String title) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("spec"));
    return Files.writeString(folder.resolve("openapi.yaml"), """
        openapi: 3.0.3
        info: {title: '%s', version: '1'}
        paths:
          /things:
            get:
              operationId: listThings
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Thing'}
        components:
          schemas:
            Thing: {type: object, properties: {name: {type: string}}}
        """.formatted(title));
  }

  private static void assertClean(Result result) {
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(result.err()).doesNotContain("internal error");
  }

  private static long count(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.count();
    }
  }

  @Test
  void aSymlinkedLanguageFolderIsRefusedWithExitFourAndNothingWritten() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(out.resolve("test-echo"), elsewhere);
    Result result = run("generate", spec().toString(), "-l", "test-echo", "-o", out.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(result.err()).contains(out.resolve("test-echo") + ": is a symbolic link");
    assertClean(result);
    assertThat(count(elsewhere)).isEqualTo(1);
  }

  @Test
  void aUserFileAtAGeneratedPathIsNeverOverwritten() throws IOException {
    Path out = dir.resolve("out");
    Path mine = Files.createDirectories(out.resolve("test-echo/types")).resolve("Thing.txt");
    Files.writeString(mine, "my notes");
    Result result = run("generate", spec().toString(), "-l", "test-echo", "-o", out.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(result.err()).contains(mine + ": exists and was not written by Switchboard");
    assertClean(result);
    assertThat(Files.readString(mine)).isEqualTo("my notes");
    assertThat(Files.exists(out.resolve("test-echo/.switchboard-manifest"))).isFalse();
  }

  @Test
  void aBrokenTemplateIsAUsageErrorNamingIt() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates/test-echo"));
    Files.writeString(templates.resolve("type.txt.mustache"), "{{#id}} never closed\n");
    Result result = run("generate", spec().toString(), "-l", "test-echo", "-o", dir.resolve("out").toString(),
        "--templates", dir.resolve("templates").toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("template test-echo/type.txt.mustache");
    assertClean(result);
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
  }

  @Test
  void aLanguageListNamingNoLanguageIsAUsageError() throws IOException {
    for (String list : new String[] {",", " , "}) {
      Result result = run("generate", spec().toString(), "-l", list, "-o", dir.resolve("out").toString());
      assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(result.err()).contains("names no language");
    }
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
  }

  @Test
  void foldersDevicesAndPipesAreNotSpecsAndNeverBlock() throws Exception {
    Path fifo = dir.resolve("pipe.yaml");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isEqualTo(0);
    for (String path : new String[] {dir.toString(), "/dev/zero", fifo.toString()}) {
      for (String command : new String[] {"validate", "ir"}) {
        Result result = run(command, path);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains(path + " is not a regular file");
      }
    }
  }

  @Test
  void aLatin1SpecIsExitOneWithLineAndByte() throws IOException {
    Path spec = spec();
    byte[] latin1 = (Files.readString(spec) + "# Gr\u00fc\u00dfe\n").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(spec, latin1);
    Result result = run("validate", spec.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.SPEC_ERRORS);
    assertThat(result.err()).containsMatch("line 16, byte \\d+: error: the file is not valid UTF-8 \\(byte 0xFC\\)");
    assertClean(result);
  }

  @Test
  void anAllOfCycleIsExitOne() throws IOException {
    Path spec = spec();
    Files.writeString(spec, Files.readString(spec).replace("Thing: {type: object, properties: {name: {type: string}}}",
        "Thing: {allOf: [{$ref: '#/components/schemas/Other'}, {type: object, properties: {a: {type: string}}}]}\n"
            + "    Other: {allOf: [{$ref: '#/components/schemas/Thing'}, {type: object, properties: {b: {type: string}}}]}"));
    Result result = run("generate", spec.toString(), "-l", "test-echo", "-o", dir.resolve("out").toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.SPEC_ERRORS);
    assertThat(result.err()).contains("/allOf/0/$ref: error: allOf member");
    assertClean(result);
  }

  @Test
  void aThreeHundredCharacterTitleGeneratesEveryLanguageWithinNameLimits() throws IOException {
    Path out = dir.resolve("out");
    Result result = run("generate", spec("Title ".repeat(50).strip()).toString(), "-o", out.toString());
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.err()).contains("/info/title: warning: title name");
    try (Stream<Path> files = Files.walk(out)) {
      files.forEach(file -> assertThat(file.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isAtMost(100));
    }
  }
}
