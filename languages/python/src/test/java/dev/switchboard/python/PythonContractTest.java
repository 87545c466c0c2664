package dev.switchboard.python;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.testing.PluginContract;

class PythonContractTest extends PluginContract {
  @Override
  protected LanguagePlugin plugin() {
    return new PythonPlugin();
  }

  @Override
  protected String identifier(NameKind kind, Name name) {
    return switch (kind) {
      case TYPE -> new PythonSymbols().className(name);
      case PROPERTY -> PythonSymbols.field(name);
      case PARAMETER -> PythonSymbols.parameter(name);
      case OPERATION -> PythonSymbols.method(name);
    };
  }
}
