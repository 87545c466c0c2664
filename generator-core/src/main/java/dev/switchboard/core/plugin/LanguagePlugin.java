package dev.switchboard.core.plugin;

import dev.switchboard.core.diff.Compatibility;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plan.TreeVerbs;
import java.util.Optional;

/**
 * A target language. Implementations are found with {@link java.util.ServiceLoader}; each prints
 * the plan in its language and returns the SDK as an in-memory file set.
 */
public interface LanguagePlugin {
  /** The id used on the command line and in switchboard.yaml, e.g. {@code python}. */
  String id();

  /** One line for {@code switchboard languages}. */
  String description();

  FileSet generate(GenerationContext context);

  /**
   * The root of an SDK made of several specs: the shared runtime, the client that mounts each
   * spec's API at its path, the package files and the README. Each mount is printed before with
   * {@link #generate} and a {@link GenerationContext#placement()}. A language that cannot print
   * several specs as one SDK says so.
   */
  default FileSet generateRoot(BundleContext context) {
    throw new dev.switchboard.core.config.ConfigException("the " + id() + " plugin cannot print several specs as one SDK;"
        + " generate each spec on its own, or choose other languages with --languages");
  }

  /**
   * The options this plugin reads under {@code languages.<id>} in switchboard.yaml. They are
   * checked before generation; {@link GenerationContext#options()} holds only valid ones.
   */
  default OptionSet options() {
    return OptionSet.NONE;
  }

  /**
   * What {@code languages.<id>} accepts: the plugin's own options, then those core applies for
   * every language before the plugin sees the plan ({@code verbs}, {@link TreeVerbs}).
   */
  static OptionSet accepted(LanguagePlugin plugin) {
    return plugin.options().with(TreeVerbs.OPTION);
  }

  /**
   * The folder, relative to this language's output folder, that a JVM build adds to its compile
   * sources (the Maven plugin does); empty for languages a JVM build does not compile.
   */
  default Optional<String> sourceRoot() {
    return Optional.empty();
  }

  /**
   * The words this language reserves per kind of name. Core allocates identifiers with them in
   * {@link GenerationContext#symbols()} and warns about every rename that allocation records.
   */
  default SymbolProvider symbolProvider() {
    return SymbolProvider.NONE;
  }

  /**
   * How this language's SDK meets each kind of API change, where that differs from the kind's
   * usual impact (see {@link Compatibility}); {@code switchboard diff} classifies changes with it.
   */
  default Compatibility compatibility() {
    return Compatibility.DEFAULT;
  }
}
