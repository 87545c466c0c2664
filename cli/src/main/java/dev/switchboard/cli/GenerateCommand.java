package dev.switchboard.cli;

import dev.switchboard.core.Switchboard;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.diagnostics.SpecException;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.output.OutputWriter;
import dev.switchboard.core.output.WriteReport;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Plugins;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generates SDKs into OUTPUT/<language>. Nothing is written unless every language generates.")
final class GenerateCommand implements Callable<Integer> {
  @Mixin SpecOptions input;
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Option(names = {"-l", "--languages"}, split = ",", paramLabel = "LANG",
      description = "Languages to generate (default: all; see 'switchboard languages').")
  List<String> languages;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder; each language goes in DIR/<language>.")
  Path output;

  @Option(names = "--check", description = "Write nothing; list files that would change and exit 3 if any would.")
  boolean check;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Folder of template overrides: DIR/<language>/<template path> replaces the built-in template.")
  Path templates;

  @Override
  public Integer call() throws IOException {
    List<LanguagePlugin> plugins = plugins();
    if (templates != null && !Files.isDirectory(templates)) {
      throw new UsageException("templates folder not found: " + templates);
    }
    SwitchboardConfig config = input.config();
    Diagnostics diagnostics = input.diagnostics();
    Api api = input.load(config, diagnostics);
    Map<LanguagePlugin, FileSet> generated = new LinkedHashMap<>();
    for (LanguagePlugin plugin : plugins) {
      generated.put(plugin, Switchboard.generate(api, plugin, config, Optional.ofNullable(templates), diagnostics));
    }
    if (diagnostics.hasErrors()) {
      throw new SpecException(diagnostics);
    }
    Reporter.print(diagnostics, command.commandLine().getErr());
    return check ? check(generated) : write(generated);
  }

  private List<LanguagePlugin> plugins() {
    Plugins available = Plugins.load();
    if (languages == null) {
      return available.all();
    }
    if (languages.stream().allMatch(String::isBlank)) {
      throw new UsageException("-l/--languages names no language (see 'switchboard languages')");
    }
    List<LanguagePlugin> chosen = new ArrayList<>();
    for (String id : languages.stream().filter(l -> !l.isBlank()).toList()) {
      chosen.add(available.find(id.trim()).orElseThrow(() -> new UsageException(
          "unknown language '" + id + "' (available: " + String.join(", ", available.all().stream().map(LanguagePlugin::id).toList()) + ")")));
    }
    return chosen;
  }

  private int write(Map<LanguagePlugin, FileSet> generated) throws IOException {
    PrintWriter out = command.commandLine().getOut();
    new OutputWriter(output).writeAll(byFolder(generated)).forEach((id, report) ->
        out.printf("%s: %d created, %d updated, %d deleted, %d unchanged in %s%n", id,
            report.created().size(), report.updated().size(), report.deleted().size(), report.unchanged(), output.resolve(id)));
    return ExitCodes.OK;
  }

  private int check(Map<LanguagePlugin, FileSet> generated) throws IOException {
    PrintWriter out = command.commandLine().getOut();
    boolean stale = false;
    for (Map.Entry<String, WriteReport> entry : new OutputWriter(output).checkAll(byFolder(generated)).entrySet()) {
      Path dir = output.resolve(entry.getKey());
      WriteReport report = entry.getValue();
      report.created().forEach(p -> out.println("would create " + dir.resolve(p)));
      report.updated().forEach(p -> out.println("would update " + dir.resolve(p)));
      report.deleted().forEach(p -> out.println("would delete " + dir.resolve(p)));
      stale |= report.changed();
    }
    out.println(stale ? "out of date" : "up to date");
    return stale ? ExitCodes.OUT_OF_DATE : ExitCodes.OK;
  }

  private static Map<String, FileSet> byFolder(Map<LanguagePlugin, FileSet> generated) {
    Map<String, FileSet> byFolder = new LinkedHashMap<>();
    generated.forEach((plugin, files) -> byFolder.put(plugin.id(), files));
    return byFolder;
  }
}
