package dev.switchboard.core;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.switchboard.core.testing.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Layering rules of generator-core, checked on its sources. */
class ArchitectureTest {
  private static final Path MAIN = RepoPaths.root().resolve("generator-core/src/main/java/dev/switchboard/core");

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void onlySpecAndLowerSeeSwaggerParserTypes() throws IOException {
    List<String> offenders = sources().stream()
        .filter(f -> !f.startsWith(MAIN.resolve("spec")) && !f.startsWith(MAIN.resolve("lower")))
        .filter(f -> read(f).contains("io.swagger"))
        .map(f -> MAIN.relativize(f).toString()).toList();
    assertWithMessage("files outside spec/ and lower/ importing io.swagger").that(offenders).isEmpty();
  }

  @Test
  void coreNeverNamesATargetLanguage() throws IOException {
    List<String> offenders = sources().stream()
        .filter(f -> Stream.of("\"python\"", "\"typescript\"", "\"java\"", "\"go\"")
            .anyMatch(word -> read(f).toLowerCase(Locale.ROOT).contains(word)))
        .map(f -> MAIN.relativize(f).toString()).toList();
    assertWithMessage("core sources naming a language").that(offenders).isEmpty();
  }
}
