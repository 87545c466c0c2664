package dev.switchboard.cli;

import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.diagnostics.SpecException;
import dev.switchboard.core.ir.Api;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks that specs can be generated; prints their diagnostics. Exits 1 if any spec has errors.")
final class ValidateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Parameters(arity = "1..*", paramLabel = "SPEC", description = "OpenAPI files (YAML or JSON).")
  List<Path> specs;

  @Option(names = "--config", paramLabel = "FILE",
      description = "switchboard.yaml to use for every SPEC (default: switchboard.yaml next to each SPEC, if present).")
  Path config;

  @Option(names = "--allow-remote-refs", description = "Follow $refs to URLs (any scheme). Off by default.")
  boolean allowRemoteRefs;

  @Option(names = "--allow-ref-root", paramLabel = "DIR",
      description = "Also follow $refs to files inside DIR (repeatable). By default only each spec's own folder is read.")
  List<Path> refRoots = new java.util.ArrayList<>();

  @Option(names = "--overlay", paramLabel = "FILE",
      description = "OpenAPI Overlay 1.0 document applied to every SPEC before it is read (repeatable; after the config's overlays).")
  List<Path> overlays = new java.util.ArrayList<>();

  @Option(names = "--pagination", description = "Also list each paginated operation and how it pages.")
  boolean pagination;

  @Override
  public Integer call() {
    int exit = ExitCodes.OK;
    for (Path spec : specs) {
      exit = Math.max(exit, validate(spec));
    }
    return exit;
  }

  private int validate(Path spec) {
    SpecOptions input = new SpecOptions();
    input.spec = spec;
    input.config = config;
    input.allowRemoteRefs = allowRemoteRefs;
    input.refRoots = refRoots;
    input.overlays = overlays;
    SwitchboardConfig loaded = input.config();
    Diagnostics diagnostics = input.diagnostics();
    PrintWriter out = command.commandLine().getOut();
    PrintWriter err = command.commandLine().getErr();
    try {
      Api api = input.load(loaded, diagnostics);
      Reporter.print(diagnostics, err);
      out.printf("%s: valid: %d operations in %d resources, %d types%n",
          spec, api.operations().count(), api.resources().size(), api.types().size());
      PaginationReport.print(api, pagination, out);
      return ExitCodes.OK;
    } catch (SpecException e) {
      Reporter.print(e.diagnostics(), err);
      out.printf("%s: invalid%n", spec);
      return ExitCodes.SPEC_ERRORS;
    }
  }
}
