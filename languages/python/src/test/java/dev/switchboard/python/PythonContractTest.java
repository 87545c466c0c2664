package dev.switchboard.python;

import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.testing.PluginContract;

class PythonContractTest extends PluginContract {
  @Override
  protected LanguagePlugin plugin() {
    return new PythonPlugin();
  }
}
