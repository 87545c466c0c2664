package dev.switchboard.cli;

import dev.switchboard.core.Switchboard;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.spec.RefPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        throw new UsageException("config file not found or not a regular file: " + config);
      }
      return SwitchboardConfig.read(config);
    }
    Path beside = Optional.ofNullable(spec.toAbsolutePath().getParent()).map(p -> p.resolve("switchboard.yaml")).orElse(null);
    return beside != null && Files.exists(beside, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? SwitchboardConfig.read(beside) : SwitchboardConfig.EMPTY;
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
    return new Diagnostics(spec.toString());
  }

  Api load(SwitchboardConfig loaded, Diagnostics diagnostics) {
    if (!Files.exists(spec)) {
      throw new UsageException("spec file not found: " + spec);
    }
    if (!Files.isRegularFile(spec)) {
      throw new UsageException(spec + " is not a regular file (a folder, a device or a pipe?); pass the path of an OpenAPI file");
    }
    return Switchboard.load(spec, loaded, refPolicy(), diagnostics);
  }
}
