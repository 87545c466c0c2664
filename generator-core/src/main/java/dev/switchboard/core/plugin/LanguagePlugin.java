package dev.switchboard.core.plugin;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.ir.Name;
import java.util.Optional;

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
   * The options this plugin accepts under {@code languages.<id>} in switchboard.yaml. They are
   * checked before generation; {@link GenerationContext#options()} holds only valid ones.
   */
  default OptionSet options() {
    return OptionSet.NONE;
  }

  /**
   * The folder, relative to this language's output folder, that a JVM build adds to its compile
   * sources (the Maven plugin does); empty for languages a JVM build does not compile.
   */
  default Optional<String> sourceRoot() {
    return Optional.empty();
  }

  /**
   * Whether this plugin's symbol provider renames the name because the identifier it would spell
   * is reserved (a keyword, a built-in type). The pipeline warns about each such name.
   */
  default boolean isReserved(NameKind kind, Name name) {
    return false;
  }
}
