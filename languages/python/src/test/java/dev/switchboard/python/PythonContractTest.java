package dev.switchboard.python;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.naming.Identifiers;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.testing.PluginContract;

class PythonContractTest extends PluginContract {
  @Override
  protected LanguagePlugin plugin() {
    return new PythonPlugin();
  }

  @Override
  protected String spelling(NameKind kind, Name name) {
    return kind == NameKind.TYPE
        ? Identifiers.leadingDigit(Case.pascal(name.words()), "N")
        : Identifiers.leadingDigit(Case.snake(name.words()), "n");
  }
}
