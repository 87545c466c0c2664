package dev.switchboard.core.pipeline;

import dev.switchboard.core.Switchboard;
import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.bundle.Mount;
import dev.switchboard.core.bundle.MountPaths;
import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.diagnostics.SpecException;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.Planner;
import dev.switchboard.core.plugin.LanguageOptions;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.readme.Readme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a job whose specs make one SDK: every spec is loaded, lowered and planned on its own, with
 * the shared config, then mounted at its path ({@link MountPaths}); each language prints every
 * mount and the root. Every spec's problems are reported together, before anything is printed.
 */
final class Bundles {
  private Bundles() {}

  static Generation run(Job job, List<Path> specs, SwitchboardConfig given, Map<LanguagePlugin, LanguageOptions> options,
      Progress progress) {
    if (job.previous().isPresent()) {
      throw new ConfigException("--release compares one spec with its previous version; release an SDK made of "
          + specs.size() + " specs by generating it");
    }
    // Every spec is read under the SDK's name, so that all share its identity: package, variables, User-Agent.
    SwitchboardConfig config = given.withClientName(client(job.spec(), given).wire());
    Diagnostics all = Director.diagnostics(job.spec());
    long start = System.nanoTime();
    Map<Path, Diagnostics> bySource = new LinkedHashMap<>();
    specs.forEach(spec -> bySource.put(spec, Director.diagnostics(spec)));
    // Specs are independent until mounted: read on every core, collected in the specs' order.
    List<Mount> mounts = specs.parallelStream().map(spec -> mount(spec, config, job, bySource.get(spec)))
        .flatMap(Optional::stream).toList();
    bySource.values().forEach(found -> found.sorted().forEach(all::add));
    Bundle bundle = Bundle.of(Identity.of(client(job.spec(), config), config.packageName()), mounts,
        config.specs().shortcuts(), config.file().map(Path::toString).orElse(Director.CONFIG_FILE), all);
    Director.warnMadeUpPackageName(bundle.identity(), options, all);
    if (all.hasErrors()) {
      throw new SpecException(all);
    }
    start = Director.tell(progress, "load and plan " + specs.size() + " specs", start);
    Map<String, FileSet> sdks = new LinkedHashMap<>();
    Map<LanguagePlugin, LanguageOptions> generated = job.stage() == Job.Stage.GENERATE ? options : Map.of();
    for (Map.Entry<LanguagePlugin, LanguageOptions> language : generated.entrySet()) {
      Map<String, Diagnostics> printing = new LinkedHashMap<>();
      FileSet files = Switchboard.generate(bundle, language.getKey(), language.getValue(), job.templates(),
          mount -> printing.computeIfAbsent(mount.source(), Diagnostics::new), all);
      printing.values().forEach(found -> found.sorted().forEach(all::add));
      sdks.put(language.getKey().id(), files);
      start = Director.tell(progress, language.getKey().id(), start);
    }
    if (all.hasErrors()) {
      throw new SpecException(all);
    }
    return new Generation(bundle, all, sdks, Director.verbs(options));
  }

  private static Optional<Mount> mount(Path spec, SwitchboardConfig config, Job job, Diagnostics found) {
    try {
      Api api = Director.load(spec, config, job.refs(), found);
      Plan plan = Planner.plan(api, config, found);
      String file = spec.getFileName().toString();
      return Optional.of(new Mount(MountPaths.of(api, file, config.specs()), spec.toString(), api, plan, Readme.of(api, plan)));
    } catch (SpecException e) {
      return Optional.empty();
    }
  }

  /** The SDK's name: the config's {@code clientName}, else the name of the specs' folder. */
  private static Name client(Path spec, SwitchboardConfig config) {
    Path folder = Files.isDirectory(spec) ? spec : spec.toAbsolutePath().getParent();
    String name = config.clientName().orElseGet(() -> String.valueOf(folder.toAbsolutePath().normalize().getFileName()));
    return Name.of(name);
  }
}
