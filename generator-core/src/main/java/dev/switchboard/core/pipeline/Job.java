package dev.switchboard.core.pipeline;

import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Plugins;
import dev.switchboard.core.spec.RefPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One generation asked for by a front end (the CLI, the Maven plugin, a test): the spec, the
 * config file if one is named (otherwise {@code switchboard.yaml} next to the spec is used when
 * present), the plugins to run, in order, the ids of every installed plugin (the languages a
 * config may name), a folder of template overrides, which references may be followed, and
 * overlay files applied to the spec after the config's own, how far it runs ({@link Stage}), and,
 * for a release, the previous version of the spec, which each language's {@code version} option was
 * released from, and the folder of the SDKs generated before, whose recorded surfaces it compares.
 * {@code spec} may also be a folder or a file name pattern, and {@code moreSpecs} name more spec
 * files: several specs make one SDK ({@link SpecSet}).
 */
public record Job(Path spec, Optional<Path> config, List<LanguagePlugin> plugins, Set<String> installed,
    Optional<Path> templates, RefPolicy refs, List<Path> overlays, Stage stage, Optional<Path> previous,
    Optional<Path> previousOutput, List<Path> moreSpecs) {
  /**
   * How far a job runs. {@code PLAN} stops after the plan: the selected languages' options are
   * still checked and their diagnostics about the plan made, but no plugin prints an SDK.
   */
  public enum Stage { PLAN, GENERATE }

  /** A job that generates, with no overlays besides the config's. */
  public Job(Path spec, Optional<Path> config, List<LanguagePlugin> plugins, Set<String> installed,
      Optional<Path> templates, RefPolicy refs) {
    this(spec, config, plugins, installed, templates, refs, List.of(), Stage.GENERATE, Optional.empty(), Optional.empty(),
        List.of());
  }

  public Job {
    Objects.requireNonNull(stage, "stage == null");
    Objects.requireNonNull(previous, "previous == null");
    Objects.requireNonNull(previousOutput, "previousOutput == null");
    overlays = List.copyOf(overlays);
    moreSpecs = List.copyOf(moreSpecs);
    Objects.requireNonNull(spec, "spec == null");
    Objects.requireNonNull(config, "config == null");
    plugins = List.copyOf(plugins);
    installed = Set.copyOf(installed);
    Objects.requireNonNull(templates, "templates == null");
    Objects.requireNonNull(refs, "refs == null");
    for (LanguagePlugin plugin : plugins) {
      if (!installed.contains(plugin.id())) {
        throw new IllegalArgumentException("plugin " + plugin.id() + " is not among the installed " + installed);
      }
    }
  }

  /** A job for the selected plugins out of the installed ones, with the built-in templates. */
  public static Job of(Path spec, Optional<Path> config, List<LanguagePlugin> plugins, Plugins installed) {
    return new Job(spec, config, plugins, installed.ids(), Optional.empty(), RefPolicy.CONFINED);
  }

  /** The same job with {@code overlays} applied to the spec after the config's own. */
  public Job withOverlays(List<Path> overlays) {
    return new Job(spec, config, plugins, installed, templates, refs, overlays, stage, previous, previousOutput, moreSpecs);
  }

  /** The same job stopping after the plan, as {@code switchboard plan} runs it. */
  public Job planOnly() {
    return new Job(spec, config, plugins, installed, templates, refs, overlays, Stage.PLAN, previous, previousOutput, moreSpecs);
  }

  /** The same job with template overrides from {@code templates}, if present. */
  public Job withTemplates(Optional<Path> templates) {
    return new Job(spec, config, plugins, installed, templates, refs, overlays, stage, previous, previousOutput, moreSpecs);
  }

  /** The same job following the references {@code refs} allows (by default only the spec's folder). */
  public Job withRefs(RefPolicy refs) {
    return new Job(spec, config, plugins, installed, templates, refs, overlays, stage, previous, previousOutput, moreSpecs);
  }

  /**
   * The same job as a release from {@code previous}: each language's version becomes the next one
   * after the changes from that spec, and its changelog gets an entry.
   */
  public Job asReleaseFrom(Path previous) {
    return new Job(spec, config, plugins, installed, templates, refs, overlays, stage, Optional.of(previous),
        previousOutput, moreSpecs);
  }

  /**
   * The same job reading the SDKs generated before from {@code output}: a release also counts the
   * identifiers that changed since their recorded surfaces.
   */
  public Job withPreviousOutput(Path output) {
    return new Job(spec, config, plugins, installed, templates, refs, overlays, stage, previous, Optional.of(output), moreSpecs);
  }

  /** The same job with more specs, which make one SDK with {@code spec}. */
  public Job withMoreSpecs(List<Path> more) {
    return new Job(spec, config, plugins, installed, templates, refs, overlays, stage, previous, previousOutput, more);
  }

  /** The same job reading {@code spec}, one of the files its spec, pattern or folder names. */
  public Job withSpec(Path spec) {
    return new Job(spec, config, plugins, installed, templates, refs, overlays, stage, previous, previousOutput, List.of());
  }
}
