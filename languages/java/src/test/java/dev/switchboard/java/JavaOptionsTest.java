package dev.switchboard.java;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.plugin.LanguageOptions;
import dev.switchboard.core.plugin.LanguagePlugin;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaOptionsTest {
  private static LanguageOptions read(String key, String value) {
    // What languages.java accepts: the plugin's options, then verbs, which core applies for every language.
    return LanguagePlugin.accepted(new JavaPlugin()).read("switchboard.yaml", "java",
        Map.of(key, JsonNodeFactory.instance.textNode(value)));
  }

  @ParameterizedTest
  @CsvSource({"groupId, com.acme", "artifactId, acme-sdk", "package, com.acme.sdk_v2", "version, 1.2.0",
      "version, 1.2.0-SNAPSHOT", "url, https://acme.example/sdk", "licenseName, Apache-2.0 or MIT", "verbs, delete=remove"})
  void acceptsValidValues(String key, String value) {
    assertThat(read(key, value).get(key)).hasValue(value);
  }

  @ParameterizedTest
  @CsvSource({"groupId, com acme", "artifactId, acme/sdk", "package, com.acme.class", "package, com.Acme", "package, com..acme",
      "package, 2com.acme", "package, com.acme.true", "version, 1.0", "version, 1.0-SNAPSHOT", "url, acme.example",
      "scmUrl, git@acme:sdk.git", "licenseUrl, ftp://acme.example", "verbs, Delete=remove"})
  void refusesInvalidValuesNamingTheKeyPath(String key, String value) {
    ConfigException e = assertThrows(ConfigException.class, () -> read(key, value));
    assertThat(e).hasMessageThat().startsWith("switchboard.yaml: languages.java." + key + ": '" + value + "' is not valid; expected ");
  }

  @ParameterizedTest
  @CsvSource({"packageName", "groupid", "license"})
  void refusesUnknownKeysListingTheValidOnes(String key) {
    ConfigException e = assertThrows(ConfigException.class, () -> read(key, "x"));
    assertThat(e).hasMessageThat().isEqualTo("switchboard.yaml: languages.java." + key + ": unknown option; java accepts groupId, "
        + "artifactId, package, version, licenseName, licenseUrl, url, scmUrl, developerName, verbs");
  }
}
