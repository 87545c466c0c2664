package dev.switchboard.typescript;

import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.plugin.LanguageOptions;
import dev.switchboard.core.plugin.Option;
import dev.switchboard.core.plugin.OptionSet;
import java.util.regex.Pattern;

/**
 * The options of {@code languages.typescript} in switchboard.yaml: {@code packageName} (the npm
 * name, scoped or not), {@code version}, {@code naming} (property and parameter names as on the
 * wire, or camelCase) and {@code int64} (int64 values as {@code number} or {@code bigint}). Core
 * also accepts {@code verbs} here and applies it to the plan this plugin is given. Missing ones are
 * derived from the API's client name or take their defaults; derived ones follow the same rules.
 */
record TypeScriptOptions(String packageName, String version, boolean camelCase, boolean bigint) {
  /** Semantic Versioning 2.0.0, as npm requires. */
  static final Pattern SEMVER = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
      + "(-(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?"
      + "(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

  static final OptionSet OPTIONS = OptionSet.of(
      Option.matching("packageName", "the npm package name; default: the package name in kebab-case (package.name, else the API's name plus -sdk)",
              Pattern.compile("(@[a-z0-9~-][a-z0-9._~-]*/)?[a-z0-9~-][a-z0-9._~-]*"),
              "an npm package name of at most 214 characters: lowercase letters, digits, '-', '.', '_' and '~',"
                  + " not starting with '.' or '_', optionally scoped, such as kitchen-sink or @acme/kitchen-sink")
          .except(name -> name.length() > 214).namingPackage(),
      Option.matching("version", "the package version; default: 0.1.0", SEMVER,
          "a semantic version such as 1.2.0 or 1.2.0-beta.1"),
      Option.matching("naming", "property and parameter names: wire (as the API spells them) or camelCase;"
          + " default: wire", Pattern.compile("wire|camelCase"), "wire or camelCase"),
      Option.matching("int64", "the type of int64 values: number or bigint; default: number",
          Pattern.compile("number|bigint"), "number or bigint"));

  TypeScriptOptions {
    OPTIONS.require("packageName", packageName);
    OPTIONS.require("version", version);
  }

  /** The options, checked by {@link #OPTIONS}, with defaults from the API. */
  static TypeScriptOptions of(LanguageOptions options, Identity identity) {
    return new TypeScriptOptions(options.get("packageName", Case.kebab(identity.packageName().words())),
        options.version(), options.get("naming", "wire").equals("camelCase"),
        options.get("int64", "number").equals("bigint"));
  }
}
