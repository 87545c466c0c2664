package dev.switchboard.java;

import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.testing.PluginContract;

class JavaContractTest extends PluginContract {
  @Override
  protected LanguagePlugin plugin() {
    return new JavaPlugin();
  }
}
