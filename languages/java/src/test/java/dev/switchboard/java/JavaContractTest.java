package dev.switchboard.java;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.naming.Identifiers;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.testing.PluginContract;

class JavaContractTest extends PluginContract {
  @Override
  protected LanguagePlugin plugin() {
    return new JavaPlugin();
  }

  @Override
  protected String spelling(NameKind kind, Name name) {
    return Identifiers.leadingDigit(kind == NameKind.TYPE ? Case.pascal(name.words()) : Case.camel(name.words()), "_");
  }
}
