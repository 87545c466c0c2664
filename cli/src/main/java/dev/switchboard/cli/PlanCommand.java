package dev.switchboard.cli;

import dev.switchboard.core.pipeline.Director;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.pipeline.Job;
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
    description = "Prints the SDK plan every language prints, as stable JSON (see docs/plan.md).")
final class PlanCommand implements Callable<Integer> {
  @Mixin SpecOptions input;
  @Mixin LanguageChoice languages;
  @Spec picocli.CommandLine.Model.CommandSpec command;

  /** Standard output as bytes; the JSON is streamed, never built as one string. */
  OutputStream out = System.out;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--pretty", description = "Indent the JSON (the committed golden plan is pretty-printed).")
  boolean pretty;

  @Override
  public Integer call() throws IOException {
    Plugins installed = Plugins.load();
    Generation planned = Director.run(Job.of(input.spec, Optional.ofNullable(input.config), languages.select(installed), installed)
        .withRefs(input.refPolicy()).withOverlays(input.overlays).planOnly());
    Reporter.print(planned.diagnostics(), command.commandLine().getErr());
    if (planned.bundle().isPresent()) {
      throw new dev.switchboard.core.config.ConfigException(input.spec + " names " + planned.bundle().get().mounts().size()
          + " specs; plan prints one spec's plan: name one of its files");
    }
    if (output == null) {
      command.commandLine().getOut().flush();
      PlanJson.write(planned.plan(), out, pretty);
    } else {
      try (OutputStream file = Files.newOutputStream(output)) {
        PlanJson.write(planned.plan(), file, pretty);
      }
    }
    return ExitCodes.OK;
  }
}
