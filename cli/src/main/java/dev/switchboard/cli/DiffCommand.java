package dev.switchboard.cli;

import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.diff.ApiDiff;
import dev.switchboard.core.diff.Change;
import dev.switchboard.core.diff.DiffReport;
import dev.switchboard.core.diff.Impact;
import dev.switchboard.core.diff.Surface;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.pipeline.Director;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.pipeline.Job;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Plugins;
import dev.switchboard.core.spec.RefPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Compares two versions of a spec as the SDKs see them: both are planned with the same config, and
 * every change is classified per language as breaking, feature or fix.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Lists what changed between two versions of a spec, per SDK language: breaking, feature or fix.")
final class DiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OLD", description = "The previous version of the spec.")
  Path oldSpec;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new version of the spec.")
  Path newSpec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "switchboard.yaml used for both versions (default: the one next to NEW, if present).")
  Path config;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json.")
  String format;

  @Option(names = "--fail-on", paramLabel = "IMPACT", defaultValue = "none",
      description = "Exit 5 when some language has a change at least this severe: breaking, feature, fix or none (default).")
  String failOn;

  @Option(names = "--output", paramLabel = "DIR",
      description = "SDKs generated before, in DIR/<language>: identifiers that changed since their recorded surfaces are reported too.")
  Path output;

  @Mixin LanguageChoice languages;
  @Spec picocli.CommandLine.Model.CommandSpec command;

  /** Standard output as bytes, for the JSON report. */
  OutputStream out = System.out;

  @Override
  public Integer call() throws IOException {
    Optional<Impact> threshold = threshold();
    boolean json = switch (format) {
      case "json" -> true;
      case "text" -> false;
      default -> throw new ConfigException("--format: expected text or json, got '" + format + "'");
    };
    Plugins installed = Plugins.load();
    List<LanguagePlugin> chosen = languages.select(installed);
    Optional<Path> shared = Optional.ofNullable(config).or(() -> Director.discoverConfig(newSpec));
    ApiDiff.Version before = version(oldSpec, shared, chosen, installed);
    Generation planned = Director.run(job(newSpec, shared, chosen, installed));
    ApiDiff.Version after = new ApiDiff.Version(planned.api(), planned.plan());
    List<Change> changes = new ArrayList<>(ApiDiff.compare(before, after, chosen));
    if (output != null) {
      changes.addAll(renames(planned));
    }
    DiffReport report = DiffReport.of(chosen.stream().map(LanguagePlugin::id).toList(), changes);
    if (json) {
      command.commandLine().getOut().flush();
      report.writeJson(out);
    } else {
      command.commandLine().getOut().print(report.text());
      command.commandLine().getOut().flush();
    }
    return threshold.filter(report::reaches).isPresent() ? ExitCodes.CHANGES_FOUND : ExitCodes.OK;
  }

  private ApiDiff.Version version(Path spec, Optional<Path> shared, List<LanguagePlugin> chosen, Plugins installed) {
    Generation planned = Director.run(Job.of(spec, shared, chosen, installed)
        .withRefs(new RefPolicy(false, List.of())).planOnly());
    return new ApiDiff.Version(planned.api(), planned.plan());
  }

  /** The new version's job: planned only, unless identifiers are compared with SDKs generated before. */
  private Job job(Path spec, Optional<Path> shared, List<LanguagePlugin> chosen, Plugins installed) {
    Job job = Job.of(spec, shared, chosen, installed).withRefs(new RefPolicy(false, List.of()));
    return output == null ? job.planOnly() : job;
  }

  /** Identifiers each language's SDK in {@link #output} recorded that the new generation spells otherwise. */
  private List<Change> renames(Generation generation) throws IOException {
    List<Change> renames = new ArrayList<>();
    for (Map.Entry<String, FileSet> sdk : generation.sdks().entrySet()) {
      Surface.recorded(output, sdk.getKey())
          .ifPresent(old -> renames.addAll(Surface.renamedSince(sdk.getValue(), old, sdk.getKey())));
    }
    return renames;
  }

  private Optional<Impact> threshold() {
    String word = failOn.toLowerCase(Locale.ROOT);
    if (word.equals("none")) {
      return Optional.empty();
    }
    for (Impact impact : Impact.values()) {
      if (impact.word().equals(word)) {
        return Optional.of(impact);
      }
    }
    throw new ConfigException("--fail-on: expected breaking, feature, fix or none, got '" + failOn + "'");
  }
}
