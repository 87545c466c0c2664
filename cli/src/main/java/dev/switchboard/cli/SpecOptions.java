package dev.switchboard.cli;

import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.pipeline.Director;
import dev.switchboard.core.plugin.Plugins;
import dev.switchboard.core.spec.RefPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The spec argument and config option shared by the commands that read a spec. */
final class SpecOptions {
  @Parameters(index = "0", paramLabel = "SPEC", description = "OpenAPI file (YAML or JSON). generate also takes a folder"
      + " of specs (its switchboard.yaml's specs: patterns, else every .json, .yaml and .yml file) or a file name pattern"
      + " such as 'specs/*.json': several specs make one SDK.")
  Path spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "switchboard.yaml with clientName and per-language options (default: switchboard.yaml next to SPEC, if present).")
  Path config;

  @Option(names = "--overlay", paramLabel = "FILE",
      description = "OpenAPI Overlay 1.0 document applied to SPEC before it is read (repeatable; after the config's overlays).")
  List<Path> overlays = new ArrayList<>();

  /** The config, checked against every installed plugin's options, with the overlays given here. */
  SwitchboardConfig config() {
    return Director.checked(Director.config(spec, Optional.ofNullable(config)), Plugins.load()).withOverlays(overlays);
  }

  @Option(names = "--allow-remote-refs",
      description = "Follow $refs to URLs (http, https, file, any scheme). Off by default: a spec is untrusted input.")
  boolean allowRemoteRefs;

  @Option(names = "--allow-ref-root", paramLabel = "DIR",
      description = "Also follow $refs to files inside DIR (repeatable). By default only the spec's own folder is read.")
  List<Path> refRoots = new ArrayList<>();

  RefPolicy refPolicy() {
    return new RefPolicy(allowRemoteRefs, refRoots);
  }

  Diagnostics diagnostics() {
    return Director.diagnostics(spec);
  }

  Api load(SwitchboardConfig loaded, Diagnostics diagnostics) {
    return Director.load(spec, loaded, refPolicy(), diagnostics);
  }
}
