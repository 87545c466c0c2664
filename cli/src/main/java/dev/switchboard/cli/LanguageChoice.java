package dev.switchboard.cli;

import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Plugins;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code -l} option of the commands that run a job: which installed languages it is for. */
final class LanguageChoice {
  @Option(names = {"-l", "--languages"}, split = ",", paramLabel = "LANG",
      description = "Languages to generate; for plan, the languages whose options are checked and warned about (default: all; see 'switchboard languages').")
  List<String> languages;

  /** The chosen plugins, in the order given; all installed ones when none is named. */
  List<LanguagePlugin> select(Plugins installed) {
    if (languages != null && languages.stream().allMatch(String::isBlank)) {
      throw new ConfigException("-l/--languages names no language (see 'switchboard languages')");
    }
    return installed.select(languages == null ? List.of() : languages.stream().filter(id -> !id.isBlank()).toList());
  }
}
