package dev.switchboard.golang;

import dev.switchboard.core.naming.Case;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plugin.LanguageOptions;
import dev.switchboard.core.plugin.Option;
import dev.switchboard.core.plugin.OptionSet;
import java.util.regex.Pattern;

/**
 * The options of {@code languages.go} in switchboard.yaml: {@code module} (the Go module path,
 * default the package name in kebab-case), {@code version} (sent in the User-Agent; Go modules
 * take their versions from tags). Core also accepts {@code verbs} here and applies it to the plan
 * this plugin is given.
 */
record GoOptions(String module, String version) {
  static final OptionSet OPTIONS = OptionSet.of(
      Option.matching("module", "the Go module path, such as github.com/acme/kitchen-sink-go; default: the package"
              + " name in kebab-case (package.name, else the API's name plus -sdk)",
              Pattern.compile("[a-z0-9][a-z0-9._~-]*(/[A-Za-z0-9][A-Za-z0-9._~-]*)*"),
              "a Go module path: lowercase first element, slash-separated elements of letters, digits, '.', '_', '~' and '-'")
          .namingPackage(),
      Option.matching("version", "the SDK version sent in the User-Agent; default: 0.1.0",
          Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?"),
          "a semantic version such as 1.2.0"));

  /** The options, checked by {@link #OPTIONS}, with defaults from the SDK's identity. */
  static GoOptions of(LanguageOptions options, Identity identity) {
    return new GoOptions(options.get("module", Case.kebab(identity.packageName().words())), options.version());
  }
}
