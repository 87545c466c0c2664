package dev.switchboard.cli;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanJson;
import dev.switchboard.core.plan.Planner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Prints the SDK plan every language prints, as stable JSON (see docs/plan.md).")
final class PlanCommand implements Callable<Integer> {
  @Mixin SpecOptions input;
  @Spec picocli.CommandLine.Model.CommandSpec command;

  /** Standard output as bytes; the JSON is streamed, never built as one string. */
  OutputStream out = System.out;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--pretty", description = "Indent the JSON (the committed golden plan is pretty-printed).")
  boolean pretty;

  @Override
  public Integer call() throws IOException {
    Diagnostics diagnostics = input.diagnostics();
    var config = input.config();
    Api api = input.load(config, diagnostics);
    Plan plan = Planner.plan(api, config);
    Reporter.print(diagnostics, command.commandLine().getErr());
    if (output == null) {
      command.commandLine().getOut().flush();
      PlanJson.write(plan, out, pretty);
    } else {
      try (OutputStream file = Files.newOutputStream(output)) {
        PlanJson.write(plan, file, pretty);
      }
    }
    return ExitCodes.OK;
  }
}
