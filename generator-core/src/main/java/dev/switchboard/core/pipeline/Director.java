package dev.switchboard.core.pipeline;

import dev.switchboard.core.Switchboard;
import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.diagnostics.SpecException;
import dev.switchboard.core.diff.ApiDiff;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.TreeVerbs;
import dev.switchboard.core.plan.Planner;
import dev.switchboard.core.readme.Readme;
import dev.switchboard.core.release.LanguageRelease;
import dev.switchboard.core.plugin.LanguageOptions;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Plugins;
import dev.switchboard.core.spec.RefPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way to run Switchboard, shared by the CLI ({@code generate} and {@code plan}), the
 * Maven plugin and the tests: find the config, load and lower the spec, plan it, let
 * {@link Switchboard} turn the IR into each selected language's files (unless the job stops at
 * the plan; a release first moves each language's version on from the previous spec,
 * {@link Releases}), and hand back a {@link Generation} that the front end writes, checks or prints.
 * Usage problems (a missing file, a bad config, an option a plugin refuses) throw
 * {@link ConfigException} before the spec is read; spec errors throw {@link SpecException} with
 * every diagnostic, before anything is written.
 */
public final class Director {
  public static final String CONFIG_FILE = "switchboard.yaml";

  private Director() {}

  public static Generation run(Job job) {
    return run(job, Progress.NONE);
  }

  /** Runs {@code job}, telling {@code progress} as each step ends. */
  public static Generation run(Job job, Progress progress) {
    job.templates().ifPresent(Director::requireTemplates);
    SwitchboardConfig config = config(job.spec(), job.config()).withOverlays(job.overlays());
    config.requireKnownLanguages(job.installed());
    Map<LanguagePlugin, LanguageOptions> options = new LinkedHashMap<>();
    job.plugins().forEach(plugin -> options.put(plugin, config.options(plugin)));
    List<Path> specs = SpecSet.resolve(job.spec(), job.moreSpecs(), config);
    if (specs.size() > 1) {
      return Bundles.run(job, specs, config, options, progress);
    }
    return runOne(job.withSpec(specs.get(0)), config, options, progress);
  }

  private static Generation runOne(Job job, SwitchboardConfig config, Map<LanguagePlugin, LanguageOptions> options,
      Progress progress) {
    Diagnostics diagnostics = diagnostics(job.spec());
    long start = System.nanoTime();
    Api api = load(job.spec(), config, job.refs(), diagnostics);
    start = tell(progress, "load", start);
    Plan plan = Planner.plan(api, config, diagnostics);
    warnMadeUpPackageName(plan.identity(), options, diagnostics);
    Map<String, LanguageRelease> releases = job.previous().isPresent()
        ? Releases.apply(job, config, new ApiDiff.Version(api, plan), options) : new LinkedHashMap<>();
    start = tell(progress, "plan", start);
    Map<String, FileSet> sdks = new LinkedHashMap<>();
    Map<LanguagePlugin, LanguageOptions> generated = job.stage() == Job.Stage.GENERATE ? options : Map.of();
    Readme readme = Readme.of(api, plan);
    for (Map.Entry<LanguagePlugin, LanguageOptions> language : generated.entrySet()) {
      LanguagePlugin plugin = language.getKey();
      FileSet files = Switchboard.generate(api, plan, readme, plugin, language.getValue(), job.templates(), diagnostics);
      if (releases.containsKey(plugin.id()) && job.previousOutput().isPresent()) {
        files = renamesCounted(job, api, plan, readme, language, files, releases);
      }
      sdks.put(plugin.id(), files);
      start = tell(progress, plugin.id(), start);
    }
    if (diagnostics.hasErrors()) {
      throw new SpecException(diagnostics);
    }
    return new Generation(api, plan, diagnostics, sdks, releases, verbs(options));
  }

  /**
   * A release's files once the identifiers changed since the output's recorded surface are counted:
   * generated again only when they move the version on (rare: the version is in the package files).
   */
  private static FileSet renamesCounted(Job job, Api api, Plan plan, Readme readme,
      Map.Entry<LanguagePlugin, LanguageOptions> language, FileSet files, Map<String, LanguageRelease> releases) {
    String id = language.getKey().id();
    LanguageRelease release = releases.get(id);
    LanguageRelease renamed = Releases.withRenames(release, files, job.previousOutput().orElseThrow());
    releases.put(id, renamed);
    if (renamed.next().equals(release.next())) {
      return files;
    }
    LanguageOptions bumped = language.getValue().with(LanguageOptions.VERSION, renamed.next().toString());
    return Switchboard.generate(api, plan, readme, language.getKey(), bumped, job.templates(), diagnostics(job.spec()));
  }

  /** Each language's tree verbs, by language id, for plans printed as one language names them. */
  static Map<String, TreeVerbs> verbs(Map<LanguagePlugin, LanguageOptions> options) {
    Map<String, TreeVerbs> verbs = new LinkedHashMap<>();
    options.forEach((plugin, values) -> verbs.put(plugin.id(), TreeVerbs.of(values)));
    return verbs;
  }

  static long tell(Progress progress, String step, long since) {
    long now = System.nanoTime();
    progress.done(step, java.time.Duration.ofNanos(now - since));
    return now;
  }

  /**
   * The made-up package name may be taken on a registry; only the user can pick one that is theirs.
   * Said only when a language of the job names a package after it: not when each language's own
   * options name its packages.
   */
  static void warnMadeUpPackageName(Identity identity, Map<LanguagePlugin, LanguageOptions> options,
      Diagnostics diagnostics) {
    if (identity.packageNameSet()) {
      return;
    }
    List<String> fallingBack = options.entrySet().stream()
        .filter(e -> e.getKey().options().usesPackageName(e.getValue())).map(e -> e.getKey().id()).toList();
    if (fallingBack.isEmpty()) {
      return;
    }
    String kebab = dev.switchboard.core.naming.Case.kebab(identity.packageName().words());
    diagnostics.warning("package-name", "/info/title", "the " + String.join(", ", fallingBack)
        + " packages are named after the API plus '" + Identity.SUFFIX + "': " + kebab
        + " (spelled by each language, such as " + kebab.replace('-', '_') + ")",
        "set 'package: {name: ...}' in " + CONFIG_FILE + " (or each language's package options) to names you own");
  }

  /** Loads and lowers a spec that must exist; throws {@link SpecException} when it has errors. */
  public static Api load(Path spec, SwitchboardConfig config, RefPolicy refs, Diagnostics diagnostics) {
    if (!Files.exists(spec)) {
      throw new ConfigException("spec file not found: " + spec);
    }
    if (!Files.isRegularFile(spec)) {
      throw new ConfigException(spec + " is not a regular file (a folder, a device or a pipe?); pass the path of an OpenAPI file");
    }
    return Switchboard.load(spec, config, refs, diagnostics);
  }

  /** Diagnostics for a spec, located by the path as the user wrote it. */
  public static Diagnostics diagnostics(Path spec) {
    return new Diagnostics(spec.toString());
  }

  /** The named config file, which must exist; else {@value #CONFIG_FILE} next to the spec, if present. */
  public static SwitchboardConfig config(Path spec, Optional<Path> named) {
    if (named.isPresent()) {
      if (!Files.isRegularFile(named.get())) {
        throw new ConfigException("config file not found: " + named.get());
      }
      return SwitchboardConfig.read(named.get());
    }
    return discoverConfig(spec).map(SwitchboardConfig::read).orElse(SwitchboardConfig.EMPTY);
  }

  /**
   * Checks a config against the installed plugins without generating: every language it names
   * must be installed and its options valid. For commands that read a config but run no plugin.
   */
  public static SwitchboardConfig checked(SwitchboardConfig config, Plugins installed) {
    config.requireKnownLanguages(installed.ids());
    installed.all().forEach(config::options);
    return config;
  }

  /** {@value #CONFIG_FILE} next to the spec (or in the folder of specs), if there is one. */
  public static Optional<Path> discoverConfig(Path spec) {
    if (Files.isDirectory(spec)) {
      return Optional.of(spec.resolve(CONFIG_FILE)).filter(Files::isRegularFile);
    }
    return Optional.ofNullable(spec.toAbsolutePath().getParent())
        .map(dir -> dir.resolve(CONFIG_FILE))
        .filter(Files::isRegularFile);
  }

  private static void requireTemplates(Path templates) {
    if (!Files.isDirectory(templates)) {
      throw new ConfigException("templates folder not found: " + templates);
    }
  }
}
