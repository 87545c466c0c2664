package dev.switchboard.python;

import dev.switchboard.core.ir.ApiInfo;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.plugin.LanguageOptions;
import java.util.regex.Pattern;

/**
 * The options of {@code languages.python} in switchboard.yaml: {@code packageName} (the import
 * name), {@code distributionName} (the name on PyPI) and {@code version}. Missing ones are derived
 * from the API's client name.
 */
public record PythonOptions(String packageName, String distributionName, String version) {
  private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*");
  private static final Pattern DISTRIBUTION = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?");
  private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*((a|b|rc)[0-9]+)?(\\.post[0-9]+)?(\\.dev[0-9]+)?");

  public PythonOptions {
    check(PACKAGE, packageName, "packageName");
    check(DISTRIBUTION, distributionName, "distributionName");
    check(VERSION, version, "version");
    if (PythonSymbols.KEYWORDS.contains(packageName)) {
      throw new IllegalArgumentException("packageName is a Python keyword: " + packageName);
    }
  }

  public static PythonOptions of(LanguageOptions options, ApiInfo info) {
    String snake = PythonSymbols.snake(info.clientName().words());
    return new PythonOptions(
        options.get("packageName", snake),
        options.get("distributionName", Case.kebab(info.clientName().words())),
        options.get("version", "0.1.0"));
  }

  private static void check(Pattern pattern, String value, String option) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException("python option " + option + " is not valid: '" + value + "'");
    }
  }
}
