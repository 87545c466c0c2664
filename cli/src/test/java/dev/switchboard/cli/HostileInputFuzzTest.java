package dev.switchboard.cli;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded fuzzing run through the real CLI: mutations of the kitchen-sink spec, hostile
 * references, names, configs and output folders. Every case must exit with a documented code,
 * print no stack trace, write nothing outside its output folder, and leave the output folder as it
 * was when it fails.
 */
class HostileInputFuzzTest {
  private static final long SEED = 20_240_917L;
  /** Java generation is the slowest; it is drawn once in five to keep the run under two minutes. */
  private static final List<String> LANGUAGES = List.of("python", "typescript", "python", "typescript", "java");
  private static final Set<Integer> DOCUMENTED = Set.of(0, 1, 2, 3, 4);
  private static final String[] HOSTILE_NAMES = {
    "2fa", "l", "O", "I", "class", "__init__", "constructor", "prototype", "a\u2028b", "a\u2029b", "e\u0301", "\u00e9",
    "Caf\u00e9", "CAFE\u0301", "x".repeat(250), "../../etc", "a/b", "con", "nul", "\u202e", "\ud83d\ude00", "$", "-", "_", "0",
  };
  private static final String[] HOSTILE_REFS = {
    "http://127.0.0.1:1/x.yaml", "https://127.0.0.1:1/x.yaml", "file:///etc/passwd", "ftp://127.0.0.1/x", "//127.0.0.1/x",
    "/etc/passwd", "../sibling/planted.yaml", "../../x.yaml", "#/components/schemas/Nope", "#/", "#", "linked/planted.yaml",
    "#/components/schemas/%2E%2E", "nowhere.yaml#/A",
  };
  private static final String[] HOSTILE_VALUES = {
    "null", "~", "[]", "{}", "[null]", "*nope", "&a", "'\u2028'", "\"\\u0000\"", "-1", "1e999", "!!binary AAAA", "{$ref: '#/'}",
    "[{$ref: '#/components/schemas'}]", "\t", "? x", "| \n", "'",
  };

  @TempDir Path dir;
  private final Random random = new Random(SEED);
  private final Map<String, Integer> counts = new TreeMap<>();
  private final Map<String, Integer> exits = new TreeMap<>();
  private int caseNumber;

  record Result(int exitCode, String out, String err) {}

  static Result run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private static Path kitchenSink() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path spec = dir.resolve("samples/kitchen-sink/openapi.yaml");
      if (Files.isRegularFile(spec)) {
        return spec;
      }
    }
    throw new IllegalStateException("samples/kitchen-sink/openapi.yaml not found above the working folder");
  }

  @Test
  void hostileInputsKeepEveryPromise() throws IOException {
    List<String> lines = Files.readAllLines(kitchenSink());
    long start = System.nanoTime();
    for (int i = 0; i < 90; i++) {
      check("spec mutation", mutate(lines), Map.of(), List.of());
    }
    for (int i = 0; i < 30; i++) {
      check("reference", withRef(lines), Map.of(), List.of());
    }
    for (int i = 0; i < 30; i++) {
      check("name", withName(lines), Map.of(), List.of());
    }
    for (int i = 0; i < 20; i++) {
      check("config", String.join("\n", lines), Map.of("switchboard.yaml", config()), List.of());
    }
    for (int i = 0; i < 40; i++) {
      check("output folder", String.join("\n", lines), Map.of(), List.of(outputHazard()));
    }
    System.out.printf("hostile input fuzzing: %d cases in %d s, seed %d: %s; exit codes: %s%n",
        caseNumber, (System.nanoTime() - start) / 1_000_000_000, SEED, counts, exits);
  }

  private String mutate(List<String> lines) {
    List<String> copy = new ArrayList<>(lines);
    int line = random.nextInt(copy.size());
    switch (random.nextInt(5)) {
      case 0 -> copy.remove(line);
      case 1 -> copy.add(line, copy.get(random.nextInt(copy.size())));
      case 2 -> copy.set(line, copy.get(line).replaceFirst(":\\s.*$", Matcher.quoteReplacement(": " + pick(HOSTILE_VALUES))));
      case 3 -> {
        return String.join("\n", copy).substring(0, random.nextInt(String.join("\n", copy).length()));
      }
      default -> copy.set(line, " ".repeat(random.nextInt(4)) + copy.get(line));
    }
    return String.join("\n", copy);
  }

  private String withRef(List<String> lines) {
    List<String> refs = lines.stream().filter(l -> l.contains("$ref:")).toList();
    String target = refs.get(random.nextInt(refs.size()));
    return String.join("\n", lines).replace(target, target.replaceFirst("\\$ref: *'?[^'}]*'?", Matcher.quoteReplacement("$ref: '" + pick(HOSTILE_REFS) + "'")));
  }

  private String withName(List<String> lines) {
    List<String> names = lines.stream().filter(l -> l.matches("    [A-Za-z][A-Za-z0-9]*:|.*operationId: .*|.*- name: .*")).toList();
    String target = names.get(random.nextInt(names.size()));
    String name = pick(HOSTILE_NAMES).replace("'", "");
    String replaced = target.endsWith(":") && !target.contains("operationId") && !target.contains("name:")
        ? target.substring(0, 4) + "'" + name + "':"
        : target.replaceFirst(": .*$", Matcher.quoteReplacement(": '" + name + "'"));
    return String.join("\n", lines).replace(target, replaced);
  }

  private String config() {
    String[] configs = {
      "languages: {python: {packageName: '1bad'}}\n", "languages: {typescript: {version: 'x'}}\n",
      "languages: {java: {package: 'class.int', unknown: 1}}\n", "languages: {python: {distributionName: [a]}}\n",
      "clientName: '" + pick(HOSTILE_NAMES) + "'\n", "languages: 5\n", "languages: {cobol: {}}\n", "clientName: [a]\n",
      ": :\n", "clientName: x\nclientName: y\n", "{", "clientName: '" + "Long".repeat(80) + "'\n", "languages: []\n",
    };
    return pick(configs);
  }

  private String outputHazard() {
    String[] hazards = {"link-language", "link-manifest", "link-subfolder", "planted-file", "planted-manifest", "file-as-folder", "previous-run"};
    return pick(hazards);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private void check(String kind, String spec, Map<String, String> extraFiles, List<String> hazards) throws IOException {
    counts.merge(kind, 1, Integer::sum);
    Path root = Files.createDirectories(dir.resolve("case" + caseNumber++));
    Path specDir = Files.createDirectories(root.resolve("spec"));
    Path sibling = Files.createDirectories(root.resolve("sibling"));
    Files.writeString(sibling.resolve("planted.yaml"), "type: object\nproperties: {leaked: {type: string}}\n");
    Files.createSymbolicLink(specDir.resolve("linked"), sibling);
    Path specFile = Files.writeString(specDir.resolve("openapi.yaml"), spec);
    for (Map.Entry<String, String> file : extraFiles.entrySet()) {
      Files.writeString(specDir.resolve(file.getKey()), file.getValue());
    }
    String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
    Path out = root.resolve("out");
    for (String hazard : hazards) {
      plant(hazard, out, sibling, specFile, language);
    }
    Map<String, String> outsideBefore = snapshotExcept(root, out);
    Map<String, String> outBefore = snapshot(out);
    List<String> args = new ArrayList<>(List.of("generate", specFile.toString(), "-o", out.toString(), "-l", language));
    Result result = run(args);
    exits.merge(kind + " " + result.exitCode() + (result.err().contains("internal error") ? " internal" : ""), 1, Integer::sum);
    String label = kind + " case " + (caseNumber - 1) + " (" + language + "): exit " + result.exitCode() + "\n" + result.err();
    assertWithMessage(label).that(DOCUMENTED).contains(result.exitCode());
    assertWithMessage(label).that(result.err() + result.out()).doesNotContain("\tat ");
    assertWithMessage(label).that(result.err()).doesNotContainMatch("(java|javax|com|org|io)\\.[\\w.$]+(Exception|Error)\\b");
    assertWithMessage(label).that(snapshotExcept(root, out)).isEqualTo(outsideBefore);
    if (result.exitCode() != 0) {
      assertWithMessage(label).that(snapshot(out)).isEqualTo(outBefore);
    }
  }

  private static void plant(String hazard, Path out, Path sibling, Path spec, String language) throws IOException {
    Path folder = out.resolve(language);
    switch (hazard) {
      case "link-language" -> {
        Files.createDirectories(out);
        Files.createSymbolicLink(folder, sibling);
      }
      case "link-manifest" -> {
        Files.createDirectories(folder);
        Files.createSymbolicLink(folder.resolve(".switchboard-manifest"), sibling.resolve("planted.yaml"));
      }
      case "link-subfolder" -> {
        Files.createDirectories(folder);
        Files.createSymbolicLink(folder.resolve("src"), sibling);
      }
      case "planted-file" -> Files.writeString(Files.createDirectories(folder).resolve("README.md"), "user notes\n");
      case "planted-manifest" -> {
        Files.createDirectories(folder.resolve("docs"));
        Files.writeString(folder.resolve("docs/mine.md"), "user file\n");
        Files.writeString(folder.resolve(".switchboard-manifest"), "docs/mine.md\ndocs\n../sibling/planted.yaml\n");
      }
      case "file-as-folder" -> Files.writeString(Files.createDirectories(folder).resolve("src"), "a file where a folder goes\n");
      default -> assertWithMessage("first run").that(run(List.of("generate", spec.toString(), "-o", out.toString(), "-l", language)).exitCode()).isEqualTo(0);
    }
  }

  private static Map<String, String> snapshotExcept(Path root, Path excluded) throws IOException {
    Map<String, String> all = snapshot(root);
    String prefix = root.relativize(excluded).toString();
    all.keySet().removeIf(key -> key.equals(prefix) || key.equals(prefix + "/") || key.startsWith(prefix + "/"));
    return all;
  }

  private static Map<String, String> snapshot(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.toList()) {
        String key = folder.relativize(path).toString();
        if (Files.isSymbolicLink(path)) {
          files.put(key, "-> " + Files.readSymbolicLink(path));
        } else if (Files.isRegularFile(path)) {
          files.put(key, Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(path))) + " " + Files.getLastModifiedTime(path));
        } else {
          files.put(key + "/", "");
        }
      }
    }
    return files;
  }
}
