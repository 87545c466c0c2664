package dev.switchboard.cli;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.IrJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ir", mixinStandardHelpOptions = true,
    description = "Prints the intermediate model as stable JSON (see docs/ir.md).")
final class IrCommand implements Callable<Integer> {
  @Mixin SpecOptions input;
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    Diagnostics diagnostics = input.diagnostics();
    Api api = input.load(input.config(), diagnostics);
    Reporter.print(diagnostics, command.commandLine().getErr());
    String json = IrJson.write(api);
    if (output == null) {
      command.commandLine().getOut().print(json);
      command.commandLine().getOut().flush();
    } else {
      Files.writeString(output, json, StandardCharsets.UTF_8);
    }
    return ExitCodes.OK;
  }
}
