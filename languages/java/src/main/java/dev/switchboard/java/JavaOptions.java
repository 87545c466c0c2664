package dev.switchboard.java;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.plugin.LanguageOptions;

/** The {@code languages.java} settings of switchboard.yaml, with defaults from the API. */
record JavaOptions(String groupId, String artifactId, String rootPackage, String version) {
  static JavaOptions of(LanguageOptions options, Api api) {
    String kebab = Case.kebab(api.info().clientName().words());
    String groupId = options.get("groupId", "com.example");
    String artifactId = options.get("artifactId", kebab);
    String rootPackage = JavaSymbols.packageName(options.get("package", groupId + "." + kebab.replace("-", "")));
    return new JavaOptions(groupId, artifactId, rootPackage, options.get("version", "0.1.0"));
  }

  String userAgent() {
    return artifactId + "-java/" + version;
  }
}
