package dev.switchboard.cli;

import dev.switchboard.core.Switchboard;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The spec argument and config option shared by the commands that read a spec. */
final class SpecOptions {
  @Parameters(index = "0", paramLabel = "SPEC", description = "OpenAPI file (YAML or JSON).")
  Path spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "switchboard.yaml with clientName and per-language options (default: switchboard.yaml next to SPEC, if present).")
  Path config;

  SwitchboardConfig config() {
    if (config != null) {
      if (!Files.isRegularFile(config)) {
        throw new UsageException("config file not found: " + config);
      }
      return SwitchboardConfig.read(config);
    }
    Path beside = Optional.ofNullable(spec.toAbsolutePath().getParent()).map(p -> p.resolve("switchboard.yaml")).orElse(null);
    return beside != null && Files.isRegularFile(beside) ? SwitchboardConfig.read(beside) : SwitchboardConfig.EMPTY;
  }

  Diagnostics diagnostics() {
    return new Diagnostics(spec.toString());
  }

  Api load(SwitchboardConfig loaded, Diagnostics diagnostics) {
    if (!Files.isRegularFile(spec)) {
      throw new UsageException("spec file not found: " + spec);
    }
    return Switchboard.load(spec, loaded, diagnostics);
  }
}
