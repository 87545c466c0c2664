package dev.switchboard.core.plugin;

import dev.switchboard.core.output.FileSet;
import java.util.Set;

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
   * Identifiers this plugin renames when a name of the given kind would spell them (keywords,
   * built-in type names). The pipeline warns about each such name so spec authors know.
   */
  default Set<String> reservedWords(NameKind kind) {
    return Set.of();
  }
}
