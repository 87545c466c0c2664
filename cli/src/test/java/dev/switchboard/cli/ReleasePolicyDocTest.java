package dev.switchboard.cli;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.diff.ChangeKind;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.Plugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/releases.md's policy table is the one the plugins apply: a plugin's new exception shows there. */
class ReleasePolicyDocTest {
  @Test
  void thePolicyTableMatchesEachPluginsCompatibility() throws IOException {
    List<LanguagePlugin> plugins = Plugins.load().all().stream().filter(p -> !p.id().startsWith("test-"))
        .sorted(java.util.Comparator.comparing(LanguagePlugin::id)).toList();
    StringBuilder table = new StringBuilder("| change |");
    plugins.forEach(p -> table.append(' ').append(p.id()).append(" |"));
    table.append("\n|---|").append("---|".repeat(plugins.size())).append('\n');
    for (ChangeKind kind : ChangeKind.values()) {
      table.append("| ").append(kind.text()).append(" |");
      plugins.forEach(p -> table.append(' ').append(p.compatibility().impactOf(kind).word()).append(" |"));
      table.append('\n');
    }
    String doc = Files.readString(Path.of("..", "docs", "releases.md"));
    assertThat(doc).contains(table.toString());
  }
}
