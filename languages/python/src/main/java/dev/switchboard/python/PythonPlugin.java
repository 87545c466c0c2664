package dev.switchboard.python;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.LanguagePlugin;

/** Python 3.9+ SDK: httpx, sync and async, typed models. */
public final class PythonPlugin implements LanguagePlugin {
  @Override
  public String id() {
    return "python";
  }

  @Override
  public String description() {
    return "Python 3.9+ SDK: httpx, sync and async, typed models";
  }

  @Override
  public FileSet generate(GenerationContext context) {
    throw new UnsupportedOperationException("the python plugin is not implemented yet");
  }
}
