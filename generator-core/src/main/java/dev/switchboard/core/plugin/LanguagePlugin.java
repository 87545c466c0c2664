package dev.switchboard.core.plugin;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.ir.Name;

/**
 * A target language. Implementations are found with {@link java.util.ServiceLoader}; each maps IR
 * names to identifiers in one symbol provider and returns the SDK as an in-memory file set.
 */
public interface LanguagePlugin {
  /** The id used on the command line and in switchboard.yaml, e.g. {@code python}. */
  String id();

  /** One line for {@code switchboard languages}. */
  String description();

  FileSet generate(GenerationContext context);

  /**
   * Whether this plugin's symbol provider renames the name because the identifier it would spell
   * is reserved (a keyword, a built-in type). The pipeline warns about each such name.
   */
  default boolean isReserved(NameKind kind, Name name) {
    return false;
  }
}
