package dev.switchboard.cli;

import dev.switchboard.core.output.WriteReport;
import dev.switchboard.core.pipeline.Director;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.pipeline.Generation.LanguageReport;
import dev.switchboard.core.pipeline.Job;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Plugins;
import dev.switchboard.core.release.LanguageRelease;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generates SDKs into OUTPUT/<language>. Nothing is written unless every language generates.")
final class GenerateCommand implements Callable<Integer> {
  @Mixin SpecOptions input;
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Mixin LanguageChoice languages;

  @Parameters(index = "1..*", paramLabel = "MORE", description = "More spec files (or folders, or patterns): all the specs"
      + " make one SDK, each mounted on the client at its domain and version.")
  List<Path> moreSpecs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder; each language goes in DIR/<language>.")
  Path output;

  @Option(names = "--check", description = "Write nothing; list files that would change and exit 3 if any would.")
  boolean check;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Folder of template overrides: DIR/<language>/<template path> replaces the built-in template.")
  Path templates;

  @Option(names = "--release", paramLabel = "PREVIOUS",
      description = "Release: PREVIOUS is the spec each language's configured version was released from; each SDK gets"
          + " the next version (semantic versioning, from the changes as that language sees them) and a CHANGELOG.md entry.")
  Path previous;

  @Option(names = {"-q", "--quiet"}, description = "Show no progress, even on a terminal (warnings are still printed).")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print how long each step took (load, plan, each language, write).")
  boolean verbose;

  /** Whether standard error is a terminal: progress is shown only there unless --verbose. */
  boolean terminal = System.console() != null;

  @Override
  public Integer call() throws IOException {
    if (quiet && verbose) {
      throw new picocli.CommandLine.ParameterException(command.commandLine(), "--quiet and --verbose cannot be used together");
    }
    Plugins installed = Plugins.load();
    List<LanguagePlugin> plugins = languages.select(installed);
    ProgressPrinter progress = new ProgressPrinter(ProgressPrinter.mode(quiet, verbose, terminal), command.commandLine().getErr());
    Job job = Job.of(input.spec, Optional.ofNullable(input.config), plugins, installed)
        .withTemplates(Optional.ofNullable(templates)).withRefs(input.refPolicy()).withOverlays(input.overlays).withMoreSpecs(moreSpecs);
    Generation generation = Director.run(previous == null ? job : job.asReleaseFrom(previous).withPreviousOutput(output), progress);
    Reporter.print(generation.diagnostics(), command.commandLine().getErr());
    generation.releases().values().forEach(this::printRelease);
    long writing = System.nanoTime();
    int exit = check ? check(generation.check(output)) : write(generation.write(output));
    progress.done(check ? "check" : "write", java.time.Duration.ofNanos(System.nanoTime() - writing));
    progress.total();
    return exit;
  }

  private void printRelease(LanguageRelease release) {
    String why = release.impact().map(i -> i.word() + ", " + release.changes().size() + " changes").orElse("no changes");
    command.commandLine().getOut().printf("%s: release %s -> %s (%s)%n", release.language(), release.previous(), release.next(), why);
  }

  private int write(List<LanguageReport> reports) {
    PrintWriter out = command.commandLine().getOut();
    for (LanguageReport language : reports) {
      WriteReport report = language.report();
      out.printf("%s: %d created, %d updated, %d deleted, %d unchanged in %s%n", language.language(),
          report.created().size(), report.updated().size(), report.deleted().size(), report.unchanged(), language.dir());
    }
    return ExitCodes.OK;
  }

  private int check(List<LanguageReport> reports) {
    PrintWriter out = command.commandLine().getOut();
    boolean stale = false;
    for (LanguageReport language : reports) {
      Path dir = language.dir();
      language.report().created().forEach(p -> out.println("would create " + dir.resolve(p)));
      language.report().updated().forEach(p -> out.println("would update " + dir.resolve(p)));
      language.report().deleted().forEach(p -> out.println("would delete " + dir.resolve(p)));
      stale |= language.report().changed();
    }
    out.println(stale ? "out of date" : "up to date");
    return stale ? ExitCodes.OUT_OF_DATE : ExitCodes.OK;
  }
}
