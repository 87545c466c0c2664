package dev.switchboard.python;

import dev.switchboard.core.naming.Case;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plugin.LanguageOptions;
import dev.switchboard.core.plugin.Option;
import dev.switchboard.core.plugin.OptionSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The options of {@code languages.python} in switchboard.yaml: {@code packageName} (the import
 * name), {@code distributionName} (the name on PyPI) and {@code version}. Missing ones are derived
 * from the API's client name; derived ones follow the same rules. Core also accepts {@code verbs}
 * here and applies it to the plan this plugin is given.
 */
public record PythonOptions(String packageName, String distributionName, String version) {
  static final OptionSet OPTIONS = OptionSet.of(
      Option.matching("packageName", "the import name; default: the package name in snake_case (package.name, else the API's name plus _sdk)",
              Pattern.compile("[a-z_][a-z0-9_]*"),
              "a Python package name: lowercase letters, digits and underscores, not starting with a digit"
                  + " and not a Python keyword, such as kitchen_sink")
          .except(PythonSymbols.KEYWORDS::contains).namingPackage(),
      Option.matching("distributionName", "the name on PyPI (pyproject.toml); default: the package name in kebab-case (package.name, else the API's name plus -sdk)",
          Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?"),
          "a PyPI distribution name: letters, digits, '.', '_' and '-', starting and ending with a letter or digit,"
              + " such as kitchen-sink").namingPackage(),
      Option.matching("version", "the package version; default: 0.1.0",
          Pattern.compile("[0-9]+(\\.[0-9]+)*((a|b|rc)[0-9]+)?(\\.post[0-9]+)?(\\.dev[0-9]+)?"),
          "a PEP 440 version such as 1.2.0, 1.2.0rc1 or 1.2.0.dev3"));

  public PythonOptions {
    OPTIONS.require("packageName", packageName);
    OPTIONS.require("distributionName", distributionName);
    OPTIONS.require("version", version);
  }

  /** The options, checked by {@link #OPTIONS}, with defaults from the API. */
  public static PythonOptions of(LanguageOptions options, Identity identity) {
    List<String> words = identity.packageName().words();
    return new PythonOptions(
        options.get("packageName", PythonSymbols.snake(words)),
        options.get("distributionName", Case.kebab(words)),
        options.version());
  }
}
