package dev.switchboard.java;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.testing.PluginContract;

class JavaContractTest extends PluginContract {
  @Override
  protected LanguagePlugin plugin() {
    return new JavaPlugin();
  }

  @Override
  protected String identifier(NameKind kind, Name name) {
    return kind == NameKind.TYPE ? JavaSymbols.className(name) : JavaSymbols.member(name);
  }
}
