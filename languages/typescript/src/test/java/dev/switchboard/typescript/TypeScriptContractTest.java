package dev.switchboard.typescript;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.testing.PluginContract;
import java.util.HashSet;

class TypeScriptContractTest extends PluginContract {
  @Override
  protected LanguagePlugin plugin() {
    return new TypeScriptPlugin();
  }

  @Override
  protected String identifier(NameKind kind, Name name) {
    return switch (kind) {
      case TYPE -> new TsSymbols(Name.of("Client")).typeName("probe", name);
      case PROPERTY -> TsSymbols.member(name.words(), new HashSet<>());
      case PARAMETER, OPERATION -> TsSymbols.identifierMember(name.words(), new HashSet<>());
    };
  }
}
