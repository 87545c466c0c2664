package dev.switchboard.java;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plugin.GenerationContext;
import dev.switchboard.core.plugin.LanguagePlugin;

/** Java 11+ SDK: java.net.http, Jackson, built with JavaPoet. */
public final class JavaPlugin implements LanguagePlugin {
  @Override
  public String id() {
    return "java";
  }

  @Override
  public String description() {
    return "Java 11+ SDK: java.net.http, Jackson, built with JavaPoet";
  }

  @Override
  public FileSet generate(GenerationContext context) {
    throw new UnsupportedOperationException("the java plugin is not implemented yet");
  }
}
