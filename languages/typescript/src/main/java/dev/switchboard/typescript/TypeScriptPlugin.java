package dev.switchboard.typescript;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.LanguagePlugin;

/** TypeScript SDK: zero dependencies, fetch, ESM and CommonJS. */
public final class TypeScriptPlugin implements LanguagePlugin {
  @Override
  public String id() {
    return "typescript";
  }

  @Override
  public String description() {
    return "TypeScript SDK: zero dependencies, fetch, ESM and CommonJS";
  }

  @Override
  public FileSet generate(GenerationContext context) {
    throw new UnsupportedOperationException("the typescript plugin is not implemented yet");
  }
}
