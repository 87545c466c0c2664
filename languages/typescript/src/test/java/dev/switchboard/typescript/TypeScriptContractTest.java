package dev.switchboard.typescript;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.naming.Identifiers;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.testing.PluginContract;

class TypeScriptContractTest extends PluginContract {
  @Override
  protected LanguagePlugin plugin() {
    return new TypeScriptPlugin();
  }

  @Override
  protected String spelling(NameKind kind, Name name) {
    return kind == NameKind.TYPE
        ? Identifiers.leadingDigit(Case.pascal(name.words()), "_")
        : Identifiers.leadingDigit(Case.camel(name.words()), "_");
  }
}
