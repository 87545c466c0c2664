package dev.switchboard.golang;

import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.testing.PluginContract;

class GoContractTest extends PluginContract {
  @Override
  protected LanguagePlugin plugin() {
    return new GoPlugin();
  }
}
