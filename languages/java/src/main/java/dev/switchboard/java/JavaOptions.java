package dev.switchboard.java;

import dev.switchboard.core.naming.Case;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plugin.LanguageOptions;
import dev.switchboard.core.plugin.Option;
import dev.switchboard.core.plugin.OptionSet;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code languages.java} settings of switchboard.yaml: Maven coordinates, the root package,
 * the version and the POM's project metadata. Missing coordinates are derived from the API's
 * client name and follow the same rules; missing metadata is filled in by the POM.
 */
record JavaOptions(String groupId, String artifactId, String rootPackage, String version, Optional<String> licenseName,
    Optional<String> licenseUrl, Optional<String> url, Optional<String> scmUrl, Optional<String> developerName) {
  private static final Pattern COORDINATE = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
  /** Semantic Versioning 2.0.0; Maven's SNAPSHOT versions are semantic versions with a pre-release tag. */
  private static final Pattern SEMVER = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"
      + "(-(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(\\.(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?"
      + "(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

  /** No one's domain: a groupId taken from the API's own domain (com.stripe) would claim another's namespace. */
  static final String NEUTRAL_GROUP = "dev.switchboard.generated";

  static final OptionSet OPTIONS = OptionSet.of(
      Option.matching("groupId", "the Maven groupId; default: " + NEUTRAL_GROUP, COORDINATE,
          "a Maven groupId: letters, digits, '_', '-' and '.', such as com.acme"),
      Option.matching("artifactId", "the Maven artifactId; default: the package name in kebab-case (package.name, else the API's name plus -sdk)", COORDINATE,
          "a Maven artifactId: letters, digits, '_', '-' and '.', such as acme-sdk").namingPackage(),
      Option.matching("package", "the root Java package; default: groupId and the client name, such as " + NEUTRAL_GROUP + ".kitchensink",
              PACKAGE, "a Java package: dot-separated lowercase identifiers (letters, digits and '_', not starting with a"
                  + " digit), none a Java keyword or literal, such as com.acme.sdk")
          .except(name -> Arrays.stream(name.split("\\.")).anyMatch(JavaNames.RESERVED::contains)),
      Option.matching("version", "the Maven version; default: 0.1.0", SEMVER,
          "a semantic version such as 1.2.0 or 1.2.0-SNAPSHOT"),
      Option.text("licenseName", "the POM's licence name; default: the spec's licence, else Proprietary"),
      Option.matching("licenseUrl", "the POM's licence URL; default: the licence's well-known URL, else url", URL,
          "an http or https URL"),
      Option.matching("url", "the POM's project URL; default: https://example.com/<artifactId>", URL,
          "an http or https URL"),
      Option.matching("scmUrl", "the POM's source repository URL; default: url with .git", URL, "an http or https URL"),
      Option.text("developerName", "the POM's developer name; default: the spec's title"));

  JavaOptions {
    OPTIONS.require("groupId", groupId);
    OPTIONS.require("artifactId", artifactId);
    OPTIONS.require("package", rootPackage);
    OPTIONS.require("version", version);
  }

  /** The options, checked by {@link #OPTIONS}, with defaults from the API. */
  static JavaOptions of(LanguageOptions options, Identity identity) {
    String groupId = options.get("groupId", NEUTRAL_GROUP);
    String artifactId = options.get("artifactId", Case.kebab(identity.packageName().words()));
    String rootPackage = options.get("package")
        .orElseGet(() -> JavaSymbols.packageName(groupId + "." + String.join("", identity.client().words())));
    return new JavaOptions(groupId, artifactId, rootPackage, options.version(), options.get("licenseName"),
        options.get("licenseUrl"), options.get("url").or(identity::repository),
        options.get("scmUrl").or(() -> identity.repository().map(url -> url + ".git")),
        options.get("developerName").or(identity::author));
  }

  /** This SDK's product token; the client adds the Java version after it. */
  String userAgent() {
    return artifactId + "/" + version;
  }
}
