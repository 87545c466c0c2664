package dev.switchboard.cli;

import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.pipeline.Director;
import dev.switchboard.core.plugin.Plugins;
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

  /** The config, checked against every installed plugin's options. */
  SwitchboardConfig config() {
    return Director.checked(Director.config(spec, Optional.ofNullable(config)), Plugins.load());
  }

  Diagnostics diagnostics() {
    return Director.diagnostics(spec);
  }

  Api load(SwitchboardConfig loaded, Diagnostics diagnostics) {
    return Director.load(spec, loaded, diagnostics);
  }
}
