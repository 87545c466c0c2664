package dev.switchboard.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliTest {
  @TempDir Path dir;

  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  static String spec(String name) {
    try {
      return Path.of(CliTest.class.getResource("/specs/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "malformed.yaml, 'line 8, column 16: error: malformed YAML: while parsing a flow sequence; expected'",
    "empty.yaml, '/: error: the file is empty'",
    "not-openapi.json, '/: error: the document has neither an ''openapi'' nor a ''swagger'' field'",
    "unsupported-version.yaml, '/openapi: error: OpenAPI version ''4.0.0'' is not supported'",
    "dangling-ref.yaml, '/paths/~1pets/get/responses/200/content/application~1json/schema/$ref: error: $ref ''#/components/schemas/Missing'' points at nothing'",
    "circular-ref.yaml, '/components/parameters/A/$ref: error: $ref ''#/components/parameters/B'' is circular'",
    "missing-file-ref.yaml, 'error: $ref ''nowhere.yaml#/Thing'' names a file that does not exist'",
  })
  void badInputExitsOneWithADiagnosticAndWritesNothing(String file, String expected) {
    Path output = dir.resolve("out");
    Result result = run("generate", spec(file), "-l", "test-echo", "-o", output.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.SPEC_ERRORS);
    assertThat(result.err()).contains(spec(file) + ": ");
    assertThat(result.err()).contains(expected);
    assertThat(result.err()).containsMatch("\\d+ errors?, \\d+ warnings?\\n$");
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(result.err()).doesNotContain("Exception");
    assertThat(Files.exists(output)).isFalse();
  }

  @Test
  void repairsWhatCanBeRepairedWithWarningsAndTheSameOutputEveryTime() throws IOException {
    Result first = run("generate", spec("repairable.yaml"), "-l", "test-echo", "-o", dir.resolve("a").toString());
    Result second = run("generate", spec("repairable.yaml"), "-l", "test-echo", "-o", dir.resolve("b").toString());
    assertThat(first.exitCode()).isEqualTo(0);
    assertThat(first.err()).contains("warning: operationId 'getProfile' is used more than once");
    assertThat(first.err()).contains("warning: schema name 'UserProfile' collides with another after case conversion; it is named UserProfile2");
    assertThat(first.err()).contains("warning: schema name 'evil\\u0007name' contains '/', '..' or control characters");
    assertThat(first.err()).contains("warning: tag name '../etc' contains");
    assertThat(first.err()).contains("/components/schemas/user-profile/properties/class: warning: property name 'class' is reserved in test-echo; the test-echo SDK renames it");
    assertThat(first.err()).contains("/components/schemas/String: warning: type name 'String' is reserved in test-echo");
    assertThat(first.err()).isEqualTo(second.err().replace(dir.resolve("b").toString(), dir.resolve("a").toString()));
    assertThat(listing(dir.resolve("a/test-echo"))).containsExactly(
        ".switchboard-manifest", ".switchboard-surface", "types/AB.txt", "types/String.txt", "types/UserProfile.txt", "types/UserProfile2.txt", "types/UserProfile3.txt");
    for (String file : listing(dir.resolve("a/test-echo"))) {
      assertThat(Files.readString(dir.resolve("b/test-echo").resolve(file))).isEqualTo(Files.readString(dir.resolve("a/test-echo").resolve(file)));
    }
  }

  private static java.util.List<String> listing(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString()).sorted().toList();
    }
  }

  @Test
  void checkModeListsStaleFilesAndExitsThree() throws IOException {
    String out = dir.resolve("sdk").toString();
    assertThat(run("generate", spec("multi/main.yaml"), "-l", "test-echo", "-o", out).exitCode()).isEqualTo(0);
    Result upToDate = run("generate", spec("multi/main.yaml"), "-l", "test-echo", "-o", out, "--check");
    assertThat(upToDate.exitCode()).isEqualTo(0);
    assertThat(upToDate.out()).contains("up to date");
    Files.writeString(dir.resolve("sdk/test-echo/types/Thing.txt"), "edited");
    Result stale = run("generate", spec("multi/main.yaml"), "-l", "test-echo", "-o", out, "--check");
    assertThat(stale.exitCode()).isEqualTo(ExitCodes.OUT_OF_DATE);
    assertThat(stale.out()).contains("would update " + dir.resolve("sdk/test-echo/types/Thing.txt"));
    assertThat(Files.readString(dir.resolve("sdk/test-echo/types/Thing.txt"))).isEqualTo("edited");
  }

  @Test
  void templatesCanBeOverriddenByPath() throws IOException {
    Path overrides = dir.resolve("templates/test-echo");
    Files.createDirectories(overrides);
    Files.writeString(overrides.resolve("type.txt.mustache"), "custom {{id}}\n");
    Result result = run("generate", spec("multi/main.yaml"), "-l", "test-echo", "-o", dir.resolve("o").toString(),
        "--templates", dir.resolve("templates").toString());
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("o/test-echo/types/Thing.txt"))).isEqualTo("custom Thing\n");
  }

  @ParameterizedTest
  @CsvSource({
    "python, runtime/_auth.py, python/src/multi_file_sdk/_auth.py",
    "python, runtime/_errors.py.mustache, python/src/multi_file_sdk/_errors.py",
    "typescript, runtime/auth.ts, typescript/src/core/auth.ts",
    "java, runtime/Checks.java, java/src/main/java/dev/switchboard/generated/multifile/core/Checks.java",
  })
  void runtimeFilesAreListedFromThePluginJarAndOverriddenByRelativePath(String language, String template, String output)
      throws IOException {
    Path overrides = dir.resolve("templates");
    Path override = overrides.resolve(language).resolve(template);
    Files.createDirectories(override.getParent());
    Files.writeString(override, "// replaced {{not a tag for plain files}}\n");
    Path plain = dir.resolve("plain");
    Path custom = dir.resolve("custom");
    assertThat(run("generate", spec("multi/main.yaml"), "-l", language, "-o", plain.toString()).exitCode()).isEqualTo(0);
    assertThat(run("generate", spec("multi/main.yaml"), "-l", language, "-o", custom.toString(),
        "--templates", overrides.toString()).exitCode()).isEqualTo(0);
    assertThat(Files.readString(plain.resolve(output))).doesNotContain("replaced");
    String expected = template.endsWith(".mustache") ? "// replaced \n" : "// replaced {{not a tag for plain files}}\n";
    assertThat(Files.readString(custom.resolve(output))).isEqualTo(expected);
    assertThat(listing(custom)).isEqualTo(listing(plain));
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    assertThat(run("generate", "missing.yaml", "-o", dir.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("generate", spec("multi/main.yaml"), "-l", "cobol", "-o", dir.toString()).err()).contains("unknown language 'cobol'");
    assertThat(run("generate", spec("multi/main.yaml")).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
    Path config = Files.writeString(dir.resolve("bad.yaml"), "languagez: {}\n");
    Result bad = run("validate", spec("multi/main.yaml"), "--config", config.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains(config + ": languagez: unknown setting");
    Path badOption = Files.writeString(dir.resolve("bad-option.yaml"), "languages: {typescript: {version: one}}\n");
    for (String command : new String[] {"validate", "ir"}) {
      Result checked = run(command, spec("multi/main.yaml"), "--config", badOption.toString());
      assertThat(checked.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(checked.err()).contains(badOption + ": languages.typescript.version: 'one' is not valid");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "languages: [python] | languages: expected a mapping of language to options, got a list",
    "languages: {cobol: {}} | languages.cobol: unknown language (available: go, java, python, test-echo, typescript)",
    "languages: {python: {package_name: x}} | languages.python.package_name: unknown option; python accepts packageName, distributionName, version",
    "languages: {python: {packageName: [x]}} | languages.python.packageName: expected text, got a list",
    "languages: {python: {version: 1.0}} | languages.python.version: expected text, got a number (quote it: version: \"1.0\")",
    "languages: {python: {packageName: Kitchen-Sink}} | languages.python.packageName: 'Kitchen-Sink' is not valid; expected a Python package name",
    "languages: {python: {packageName: import}} | languages.python.packageName: 'import' is not valid; expected a Python package name",
    "languages: {python: {version: 2026-11-01}} | languages.python.version: '2026-11-01' is not valid; expected a PEP 440 version",
    "languages: {typescript: {packageName: Kitchen Sink}} | languages.typescript.packageName: 'Kitchen Sink' is not valid; expected an npm package name",
    "languages: {typescript: {version: v1}} | languages.typescript.version: 'v1' is not valid; expected a semantic version",
    "languages: {java: {package: com.acme.class}} | languages.java.package: 'com.acme.class' is not valid; expected a Java package",
    "languages: {java: {version: '1.0'}} | languages.java.version: '1.0' is not valid; expected a semantic version",
    "languages: {java: {url: 'example.com'}} | languages.java.url: 'example.com' is not valid; expected an http or https URL",
  })
  void badConfigExitsTwoNamingTheFileAndKeyPathBeforeWritingAnything(String yaml, String expected) throws IOException {
    Path config = Files.writeString(dir.resolve("switchboard.yaml"), yaml + "\n");
    Path output = dir.resolve("out");
    Result result = run("generate", spec("multi/main.yaml"), "-o", output.toString(), "--config", config.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("switchboard: " + config + ": " + expected);
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(result.err()).doesNotContain("internal error");
    assertThat(result.err()).doesNotContain("Exception");
    assertThat(Files.exists(output)).isFalse();
  }

  @Test
  void optionsOfEveryInstalledLanguageAreCheckedWhenThatLanguageGenerates() throws IOException {
    Path config = Files.writeString(dir.resolve("switchboard.yaml"), "languages: {java: {version: nope}}\n");
    Path output = dir.resolve("out");
    String[] echo = {"generate", spec("multi/main.yaml"), "-o", output.toString(), "--config", config.toString(), "-l"};
    assertThat(run(append(echo, "test-echo")).exitCode()).isEqualTo(ExitCodes.OK);
    Result java = run(append(echo, "test-echo,java"));
    assertThat(java.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(java.err()).contains("languages.java.version: 'nope' is not valid");
  }

  private static String[] append(String[] args, String last) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = last;
    return all;
  }

  @Test
  void progressIsQuietOffATerminalAndVerboseTimesEveryStep() {
    Result plain = run("generate", spec("multi/main.yaml"), "-l", "test-echo", "-o", dir.resolve("plain").toString());
    assertThat(plain.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(plain.err()).doesNotContain("switchboard: load");
    Result verbose = run("generate", spec("multi/main.yaml"), "-l", "test-echo", "-o", dir.resolve("verbose").toString(), "--verbose");
    assertThat(verbose.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(verbose.err().lines().filter(l -> l.matches("switchboard: (load|plan|test-echo|write|total) \\d+\\.\\d\\d s")).toList())
        .hasSize(5);
    Result both = run("generate", spec("multi/main.yaml"), "-o", dir.resolve("both").toString(), "--quiet", "--verbose");
    assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(both.err()).contains("--quiet and --verbose cannot be used together");
  }

  @Test
  void aTerminalShowsProgressOnlyOnceARunIsSlow() {
    java.io.StringWriter err = new java.io.StringWriter();
    ProgressPrinter printer = new ProgressPrinter(ProgressPrinter.Mode.TERMINAL, new java.io.PrintWriter(err, true));
    printer.done("load", java.time.Duration.ofMillis(10));
    assertThat(err.toString()).isEmpty();
    ProgressPrinter slow = new ProgressPrinter(ProgressPrinter.Mode.TERMINAL, new java.io.PrintWriter(err, true),
        System.nanoTime() - java.time.Duration.ofSeconds(3).toNanos());
    slow.done("java", java.time.Duration.ofMillis(2500));
    slow.total();
    assertThat(err.toString()).isEqualTo("switchboard: java 2.50 s" + System.lineSeparator());
    assertThat(ProgressPrinter.mode(false, false, true)).isEqualTo(ProgressPrinter.Mode.TERMINAL);
    assertThat(ProgressPrinter.mode(true, false, true)).isEqualTo(ProgressPrinter.Mode.QUIET);
    assertThat(ProgressPrinter.mode(false, false, false)).isEqualTo(ProgressPrinter.Mode.QUIET);
    assertThat(ProgressPrinter.mode(false, true, false)).isEqualTo(ProgressPrinter.Mode.VERBOSE);
  }

  @Test
  void configOptionsReachThePlugin() throws IOException {
    Path config = Files.writeString(dir.resolve("switchboard.yaml"), "languages:\n  test-echo: {fail: 'yes'}\n");
    Result result = run("generate", spec("multi/main.yaml"), "-l", "test-echo", "-o", dir.resolve("x").toString(), "--config", config.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.IO_ERROR);
    assertThat(result.err()).contains("internal error: java.lang.IllegalStateException: asked to fail");
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(Files.exists(dir.resolve("x"))).isFalse();
  }

  @Test
  void validateCountsAndListsPaginatedOperations() {
    Result summary = run("validate", spec("paged.yaml"));
    assertThat(summary.exitCode()).isEqualTo(0);
    assertThat(summary.out()).contains("  paginated: 2 of 3 operations; has-more: 1; link-header: 1\n");
    assertThat(summary.out()).doesNotContain("listUsers");
    Result each = run("validate", spec("paged.yaml"), "--pagination");
    assertThat(each.out()).contains("    listUsers GET /users: link-header (GET the Link header's rel=\"next\")\n");
    assertThat(each.out()).contains("    listCharges GET /charges: has-more (starting_after = last item's id while has_more)\n");
    assertThat(each.out()).doesNotContain("getMe");
  }

  @Test
  void validatesSwagger2AndWritesIr() throws IOException {
    assertThat(run("validate", spec("swagger2.yaml")).out()).contains("valid: 1 operations in 1 resources, 1 types");
    Path pretty = dir.resolve("pretty.json");
    Path compact = dir.resolve("compact.json");
    assertThat(run("ir", spec("swagger2.yaml"), "--pretty", "-o", pretty.toString()).exitCode()).isEqualTo(0);
    assertThat(run("ir", spec("swagger2.yaml"), "-o", compact.toString()).exitCode()).isEqualTo(0);
    assertThat(Files.readString(pretty)).contains("\"url\" : \"https://petstore.example.com/v2\"");
    assertThat(Files.readString(compact)).contains("\"url\":\"https://petstore.example.com/v2\"");
    assertThat(Files.readString(compact).lines().count()).isEqualTo(1);
  }

  @Test
  void writesThePlan() throws IOException {
    Path pretty = dir.resolve("plan.json");
    Path compact = dir.resolve("plan-compact.json");
    assertThat(run("plan", spec("swagger2.yaml"), "--pretty", "-o", pretty.toString()).exitCode()).isEqualTo(0);
    assertThat(run("plan", spec("swagger2.yaml"), "-o", compact.toString()).exitCode()).isEqualTo(0);
    assertThat(Files.readString(pretty)).contains("\"defaultUrl\" : \"https://petstore.example.com/v2\"");
    assertThat(Files.readString(pretty)).contains("\"httpMethod\" : ");
    assertThat(Files.readString(compact).lines().count()).isEqualTo(1);
  }

  @Test
  void planRunsTheJobOfGenerateUpToThePlanWithItsWarningsAndOptionChecks() throws IOException {
    String warning = "packages are named after the API plus 'sdk'";
    Result generate = run("generate", spec("swagger2.yaml"), "-l", "python", "-o", dir.resolve("out").toString());
    Result plan = run("plan", spec("swagger2.yaml"), "-l", "python", "-o", dir.resolve("plan.json").toString());
    assertThat(generate.err()).contains(warning);
    assertThat(plan.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(plan.err()).contains(warning);
    assertThat(plan.err()).isEqualTo(generate.err());
    Path named = Files.writeString(dir.resolve("named.yaml"),
        "languages: {python: {packageName: petstore_client, distributionName: petstore-client}}\n");
    Result own = run("plan", spec("swagger2.yaml"), "-l", "python", "--config", named.toString(), "-o", dir.resolve("own.json").toString());
    assertThat(own.err()).doesNotContain(warning);
    Result half = run("plan", spec("swagger2.yaml"), "-l", "python,typescript", "--config", named.toString(),
        "-o", dir.resolve("half.json").toString());
    assertThat(half.err()).contains("the typescript " + warning);
    Path badOption = Files.writeString(dir.resolve("bad-option.yaml"), "languages: {python: {version: one}}\n");
    Result bad = run("plan", spec("swagger2.yaml"), "--config", badOption.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains(badOption + ": languages.python.version: 'one' is not valid");
  }

  @Test
  void planForOneLanguageNamesTheTreesMethodsInThatLanguagesVerbs() throws IOException {
    Path spec = Files.writeString(dir.resolve("tree.yaml"), """
        openapi: 3.0.3
        info: {title: Tree, version: '1'}
        paths:
          /Messages/{Sid}.json:
            x-twilio: {pathType: instance}
            parameters: [{name: Sid, in: path, required: true, schema: {type: string}}]
            delete: {operationId: DeleteMessage, responses: {'204': {description: gone}}}
        """);
    Files.writeString(dir.resolve("switchboard.yaml"), "languages: {typescript: {verbs: \"delete=remove\"}}\n");
    Path typescript = dir.resolve("typescript.json");
    Path python = dir.resolve("python.json");
    Path neutral = dir.resolve("neutral.json");
    assertThat(run("plan", spec.toString(), "-l", "typescript", "-o", typescript.toString()).exitCode()).isEqualTo(0);
    assertThat(run("plan", spec.toString(), "-l", "python", "-o", python.toString()).exitCode()).isEqualTo(0);
    assertThat(run("plan", spec.toString(), "-o", neutral.toString()).exitCode()).isEqualTo(0);
    String removed = "{\"name\":{\"words\":[\"remove\"]";
    assertThat(Files.readString(typescript)).contains(removed);
    assertThat(Files.readString(python)).doesNotContain(removed);
    assertThat(Files.readString(neutral)).doesNotContain(removed);
    assertThat(Files.readString(neutral)).contains("{\"name\":{\"words\":[\"delete\"]");
  }

  @Test
  void overlaysApplyInOrderOnPlanAndValidateAndBadOnesExitTwo() throws IOException {
    Path spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.1.0
        info: {title: Pets, version: '1'}
        paths:
          /pets:
            get: {operationId: listPets, responses: {'200': {description: ok}}}
        """);
    Path names = Files.writeString(dir.resolve("names.yaml"), """
        overlay: 1.0.0
        info: {title: names, version: '1'}
        actions:
          - {target: "$.paths['/pets'].get", update: {x-fern-sdk-method-name: everything}}
        """);
    Path rename = Files.writeString(dir.resolve("rename.yaml"), """
        overlay: 1.0.0
        info: {title: rename, version: '1'}
        actions:
          - {target: "$.paths['/pets'].get", update: {x-fern-sdk-method-name: all_of_them}}
        """);
    Path plan = dir.resolve("plan.json");
    Result planned = run("plan", spec.toString(), "--overlay", names.toString(), "--overlay", rename.toString(), "-o", plan.toString());
    assertThat(planned.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(plan)).contains("\"words\":[\"all\",\"of\",\"them\"]");
    assertThat(run("validate", spec.toString(), "--overlay", names.toString()).exitCode()).isEqualTo(ExitCodes.OK);

    Path bad = Files.writeString(dir.resolve("bad.yaml"), "overlay: 1.0.0\nactions:\n  - {target: '$.paths[?(@.get)]', remove: true}\n");
    Result refused = run("generate", spec.toString(), "-l", "test-echo", "-o", dir.resolve("out").toString(), "--overlay", bad.toString());
    assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(refused.err()).contains(bad + ": /actions/0/target: '$.paths[?(@.get)]': filter expressions");
    assertThat(refused.err()).doesNotContain("Exception");
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
    Result missing = run("validate", spec.toString(), "--overlay", dir.resolve("nothing.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("overlay file not found");
  }

  @Test
  void versionAndHelp() {
    assertThat(run("--version").out()).startsWith("switchboard ");
    Result help = run("--help");
    assertThat(help.exitCode()).isEqualTo(0);
    assertThat(help.out()).contains("3   --check found files that are out of date");
    assertThat(run("languages").out()).contains("test-echo");
  }
}
