package dev.switchboard.core.testing;

import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.pipeline.Director;
import dev.switchboard.core.pipeline.Job;
import dev.switchboard.core.plugin.LanguagePlugin;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Runs the whole pipeline in memory through the {@link Director}, for plugin tests. */
public final class Pipeline {
  private Pipeline() {}

  public static Api load(Path spec) {
    return Director.load(spec, config(spec), Director.diagnostics(spec));
  }

  public static FileSet generate(Path spec, LanguagePlugin plugin) {
    return Director.run(Job.of(spec, List.of(plugin))).sdks().get(plugin.id());
  }

  /** The switchboard.yaml next to the spec, if any. */
  public static SwitchboardConfig config(Path spec) {
    return Director.config(spec, Optional.empty());
  }
}
