package dev.switchboard.typescript;

import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.testing.PluginContract;

class TypeScriptContractTest extends PluginContract {
  @Override
  protected LanguagePlugin plugin() {
    return new TypeScriptPlugin();
  }
}
