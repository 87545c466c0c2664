package dev.switchboard.cli;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.IrJson;
import java.io.IOException;
import java.io.OutputStream;
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

  /** Standard output as bytes; the JSON is streamed, never built as one string. */
  OutputStream out = System.out;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--pretty", description = "Indent the JSON (the committed golden IR is pretty-printed).")
  boolean pretty;

  @Override
  public Integer call() throws IOException {
    Diagnostics diagnostics = input.diagnostics();
    Api api = input.load(input.config(), diagnostics);
    Reporter.print(diagnostics, command.commandLine().getErr());
    if (output == null) {
      command.commandLine().getOut().flush();
      IrJson.write(api, out, pretty);
    } else {
      try (OutputStream file = Files.newOutputStream(output)) {
        IrJson.write(api, file, pretty);
      }
    }
    return ExitCodes.OK;
  }
}
