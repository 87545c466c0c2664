package dev.switchboard.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations in the repository, for tests. */
public final class RepoPaths {
  private RepoPaths() {}

  public static Path root() {
    String configured = System.getProperty("switchboard.repoRoot");
    Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("generator-core")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("repository root not found from " + start);
  }

  public static Path samples() {
    return root().resolve("samples");
  }

  public static Path kitchenSinkSpec() {
    return samples().resolve("kitchen-sink/openapi.yaml");
  }

  /** A spec of names and text built to break generators; every language's golden SDK of it is committed. */
  public static Path hostileSpec() {
    return samples().resolve("hostile/openapi.yaml");
  }

  /** Names that are keywords, built-ins or SDK names in some target language; no SDK of it is committed. */
  public static Path reservedNamesSpec() {
    return samples().resolve("reserved-names/openapi.yaml");
  }

  public static Path kitchenSinkConfig() {
    return samples().resolve("kitchen-sink/switchboard.yaml");
  }

  /** Twilio's 55 OpenAPI specs, vendored under {@code samples/twilio} with their licence. */
  public static Path twilioSpecs() {
    return samples().resolve("twilio");
  }
}
