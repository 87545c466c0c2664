package dev.switchboard.cli;

import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.diagnostics.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "switchboard",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Generates idiomatic, typed SDKs from OpenAPI 2.0, 3.0 and 3.1 descriptions.",
    subcommands = {GenerateCommand.class, ValidateCommand.class, IrCommand.class, PlanCommand.class, DiffCommand.class,
        LanguagesCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the spec has errors (diagnostics on stderr)",
      "2:usage error (bad option, missing file, bad config)",
      "3:--check found files that are out of date",
      "4:could not read or write files",
      "5:diff --fail-on: a change at least that severe in some language"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main())
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(Main::handle);
    try {
      return commandLine.execute(args);
    } catch (StackOverflowError e) {
      err.println("switchboard: the spec nests too deeply to process (a reference cycle the generator could not break?)");
      return ExitCodes.IO_ERROR;
    } catch (OutOfMemoryError e) {
      err.println("switchboard: out of memory; raise the heap with JAVA_OPTS=-Xmx4g or similar");
      return ExitCodes.IO_ERROR;
    }
  }

  private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof SpecException spec) {
      Reporter.print(spec.diagnostics(), err);
      return ExitCodes.SPEC_ERRORS;
    }
    if (e instanceof ConfigException) {
      err.println("switchboard: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      err.println("switchboard: cannot read or write files: " + e.getMessage());
      return ExitCodes.IO_ERROR;
    }
    err.println("switchboard: internal error: " + e + " (please report it with the spec that caused it)");
    if (System.getenv("SWITCHBOARD_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return ExitCodes.IO_ERROR;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (var in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"switchboard " + properties.getProperty("version", "unknown")};
    }
  }
}
