package dev.switchboard.core.pipeline;

import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.diagnostics.SpecException;
import dev.switchboard.core.diff.ApiDiff;
import dev.switchboard.core.diff.Change;
import dev.switchboard.core.diff.Surface;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.Planner;
import dev.switchboard.core.plugin.LanguageOptions;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.release.LanguageRelease;
import dev.switchboard.core.release.SemVer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The release step of a job: plans the previous spec with the same config, compares the two as
 * each language sees them, and moves each language's version option from the version last released
 * to the next one.
 */
final class Releases {
  private Releases() {}

  /** Each language's release; {@code options} get the next versions. */
  static Map<String, LanguageRelease> apply(Job job, SwitchboardConfig config, ApiDiff.Version current,
      Map<LanguagePlugin, LanguageOptions> options) {
    Path previous = job.previous().orElseThrow();
    Diagnostics diagnostics = Director.diagnostics(previous);
    Api api = Director.load(previous, config, job.refs(), diagnostics);
    Plan plan = Planner.plan(api, config, diagnostics);
    if (diagnostics.hasErrors()) {
      throw new SpecException(diagnostics);
    }
    List<Change> changes = ApiDiff.compare(new ApiDiff.Version(api, plan), current, options.keySet());
    Map<String, LanguageRelease> releases = new LinkedHashMap<>();
    options.replaceAll((plugin, values) -> {
      SemVer released = SemVer.parse(plugin.id() + " option " + LanguageOptions.VERSION, values.version());
      LanguageRelease release = LanguageRelease.of(plugin.id(), released, changes);
      releases.put(plugin.id(), release);
      return values.with(LanguageOptions.VERSION, release.next().toString());
    });
    return releases;
  }

  /**
   * {@code release} with the identifiers that changed since the SDK recorded in {@code output}
   * (if it recorded one), for names both versions have: renames the spec comparison cannot see.
   */
  static LanguageRelease withRenames(LanguageRelease release, FileSet files, Path output) {
    Optional<Surface> recorded;
    try {
      recorded = Surface.recorded(output, release.language());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Change> renames = recorded.map(old -> Surface.renamedSince(files, old, release.language())).orElse(List.of());
    if (renames.isEmpty()) {
      return release;
    }
    List<Change> all = new java.util.ArrayList<>(release.changes());
    all.addAll(renames);
    return LanguageRelease.of(release.language(), release.previous(), all);
  }
}
