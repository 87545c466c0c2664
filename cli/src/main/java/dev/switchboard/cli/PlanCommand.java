package dev.switchboard.cli;

import dev.switchboard.core.pipeline.Director;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.pipeline.Job;
import dev.switchboard.core.bundle.BundlePlan;
import dev.switchboard.core.plan.PlanJson;
import dev.switchboard.core.plugin.Plugins;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the same job as {@code generate} up to the plan, through the {@link Director}, so that it
 * checks the same config and options and gives the same diagnostics about the plan.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Prints the SDK plan every language prints, as stable JSON (see docs/plan.md); for several specs, each"
        + " mount's path, source, server path and plan. With one language (-l), its tree's methods as that language"
        + " names them (its verbs option).")
final class PlanCommand implements Callable<Integer> {
  @Mixin SpecOptions input;
  @Mixin LanguageChoice languages;
  @Spec picocli.CommandLine.Model.CommandSpec command;

  /** Standard output as bytes; the JSON is streamed, never built as one string. */
  OutputStream out = System.out;

  @picocli.CommandLine.Parameters(index = "1..*", paramLabel = "MORE",
      description = "More spec files (or folders, or patterns): the plan of each, mounted as one SDK.")
  java.util.List<Path> moreSpecs = new java.util.ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--pretty", description = "Indent the JSON (the committed golden plan is pretty-printed).")
  boolean pretty;

  @Override
  public Integer call() throws IOException {
    Plugins installed = Plugins.load();
    Generation planned = Director.run(Job.of(input.spec, Optional.ofNullable(input.config), languages.select(installed), installed)
        .withRefs(input.refPolicy()).withOverlays(input.overlays).withMoreSpecs(moreSpecs).planOnly());
    Reporter.print(planned.diagnostics(), command.commandLine().getErr());
    Object plan = printed(planned);
    if (output == null) {
      command.commandLine().getOut().flush();
      PlanJson.stream(plan, out, pretty);
    } else {
      try (OutputStream file = Files.newOutputStream(output)) {
        PlanJson.stream(plan, file, pretty);
      }
    }
    return ExitCodes.OK;
  }

  /** The plan, or the bundle's; with one language named, as that language names its tree's methods. */
  private Object printed(Generation planned) {
    Optional<String> one = languages.languages != null && languages.languages.size() == 1
        ? Optional.of(languages.languages.get(0)) : Optional.empty();
    if (one.isPresent()) {
      return planned.bundle(one.get()).<Object>map(BundlePlan::of).orElseGet(() -> planned.plan(one.get()));
    }
    return planned.bundle().<Object>map(BundlePlan::of).orElseGet(planned::plan);
  }
}
