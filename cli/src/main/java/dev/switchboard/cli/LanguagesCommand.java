package dev.switchboard.cli;

import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Plugins;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "languages", mixinStandardHelpOptions = true, description = "Lists the target languages.")
final class LanguagesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    for (LanguagePlugin plugin : Plugins.load().all()) {
      command.commandLine().getOut().printf("%-12s %s%n", plugin.id(), plugin.description());
    }
    return ExitCodes.OK;
  }
}
