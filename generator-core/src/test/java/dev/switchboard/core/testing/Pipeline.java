package dev.switchboard.core.testing;

import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.pipeline.Director;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.pipeline.Job;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.spec.RefPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Runs the whole pipeline in memory through the {@link Director}, for plugin tests. */
public final class Pipeline {
  private Pipeline() {}

  public static Api load(Path spec) {
    return Director.load(spec, config(spec), RefPolicy.CONFINED, Director.diagnostics(spec));
  }

  /**
   * Generates one language. The spec's config may also hold options of languages that are not
   * on a plugin test's class path; they count as installed and are not read.
   */
  public static FileSet generate(Path spec, LanguagePlugin plugin) {
    return run(spec, plugin).sdks().get(plugin.id());
  }

  /** Generates one language and keeps the IR and the warnings with the files. */
  public static Generation run(Path spec, LanguagePlugin plugin) {
    Set<String> installed = new TreeSet<>(config(spec).languages().keySet());
    installed.add(plugin.id());
    Job job = new Job(spec, Optional.empty(), List.of(plugin), installed, Optional.empty(), RefPolicy.CONFINED);
    return Director.run(job);
  }

  /** Plans a spec as {@code switchboard plan} does: the same job, stopped after the plan. */
  public static Generation plan(Path spec) {
    Set<String> installed = new TreeSet<>(config(spec).languages().keySet());
    return Director.run(new Job(spec, Optional.empty(), List.of(), installed, Optional.empty(), RefPolicy.CONFINED).planOnly());
  }

  /** Every file of an SDK as UTF-8 text, one after another, for tests that look for what it contains. */
  public static String text(FileSet files) {
    return files.files().values().stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .collect(Collectors.joining("\n"));
  }

  /** The switchboard.yaml next to the spec, if any. */
  public static SwitchboardConfig config(Path spec) {
    return Director.config(spec, Optional.empty());
  }
}
