package dev.switchboard.cli;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks that a spec can be generated; prints diagnostics.")
final class ValidateCommand implements Callable<Integer> {
  @Mixin SpecOptions input;
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    Diagnostics diagnostics = input.diagnostics();
    Api api = input.load(input.config(), diagnostics);
    Reporter.print(diagnostics, command.commandLine().getErr());
    command.commandLine().getOut().printf("%s: valid: %d operations in %d resources, %d types%n",
        input.spec, api.operations().count(), api.resources().size(), api.types().size());
    return ExitCodes.OK;
  }
}
