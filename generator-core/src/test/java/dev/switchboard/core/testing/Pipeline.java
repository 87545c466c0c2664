package dev.switchboard.core.testing;

import dev.switchboard.core.Switchboard;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plugin.LanguagePlugin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Runs the whole pipeline in memory, for plugin tests. */
public final class Pipeline {
  private Pipeline() {}

  public static Api load(Path spec) {
    return Switchboard.load(spec, config(spec), new Diagnostics(spec.toString()));
  }

  public static FileSet generate(Path spec, LanguagePlugin plugin) {
    SwitchboardConfig config = config(spec);
    Diagnostics diagnostics = new Diagnostics(spec.toString());
    Api api = Switchboard.load(spec, config, diagnostics);
    return Switchboard.generate(api, plugin, config, Optional.empty(), diagnostics);
  }

  /** The switchboard.yaml next to the spec, if any. */
  public static SwitchboardConfig config(Path spec) {
    Path beside = spec.toAbsolutePath().getParent().resolve("switchboard.yaml");
    return Files.isRegularFile(beside) ? SwitchboardConfig.read(beside) : SwitchboardConfig.EMPTY;
  }
}
