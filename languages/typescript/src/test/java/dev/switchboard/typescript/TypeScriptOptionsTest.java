package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.ir.ApiInfo;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plugin.LanguageOptions;
import dev.switchboard.core.plugin.LanguagePlugin;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypeScriptOptionsTest {
  private static final Identity INFO =
      Identity.of(new ApiInfo("Api", "1", Name.of("KitchenSink"), Docs.NONE, Optional.empty()), Optional.empty());

  private static LanguageOptions read(String key, String value) {
    return LanguagePlugin.accepted(new TypeScriptPlugin()).read("switchboard.yaml", "typescript",
        Map.of(key, JsonNodeFactory.instance.textNode(value)));
  }

  @ParameterizedTest
  @CsvSource({"packageName, kitchen-sink", "packageName, @acme/kitchen-sink", "packageName, sdk.js", "version, 1.2.3",
      "version, 1.0.0-beta.1+build.7", "naming, wire", "naming, camelCase", "int64, number", "int64, bigint",
      "verbs, delete=remove", "verbs, 'delete=remove,fetch=get'"})
  void acceptsValidValues(String key, String value) {
    assertThat(read(key, value).get(key)).hasValue(value);
  }

  @ParameterizedTest
  @CsvSource({"packageName, Kitchen-Sink", "packageName, .hidden", "packageName, _private", "packageName, @acme",
      "packageName, kitchen sink", "version, 1.0", "version, v1.0.0", "version, 01.0.0",
      "naming, camel", "naming, snake_case", "int64, BigInt", "int64, string", "verbs, Delete=remove", "verbs, delete"})
  void refusesInvalidValuesNamingTheKeyPath(String key, String value) {
    ConfigException e = assertThrows(ConfigException.class, () -> read(key, value));
    assertThat(e).hasMessageThat().startsWith("switchboard.yaml: languages.typescript." + key + ": '" + value + "' is not valid; expected ");
  }

  @ParameterizedTest
  @ValueSource(ints = {215})
  void refusesOverlongNames(int length) {
    assertThrows(ConfigException.class, () -> read("packageName", "a".repeat(length)));
    assertThat(read("packageName", "a".repeat(length - 1)).get("packageName")).isPresent();
  }

  @ParameterizedTest
  @CsvSource({"'', kitchen-sink-sdk, 0.1.0", "@x/y, @x/y, 0.1.0"})
  void defaultsComeFromThePlannedPackageName(String packageName, String expectedName, String expectedVersion) {
    LanguageOptions options = packageName.isEmpty() ? LanguageOptions.EMPTY : read("packageName", packageName);
    assertThat(TypeScriptOptions.of(options, INFO)).isEqualTo(new TypeScriptOptions(expectedName, expectedVersion, false, false));
  }

  @ParameterizedTest
  @CsvSource({"naming, camelCase, true, false", "naming, wire, false, false", "int64, bigint, false, true",
      "int64, number, false, false"})
  void namingAndInt64ChooseCamelCaseAndBigint(String key, String value, boolean camelCase, boolean bigint) {
    TypeScriptOptions options = TypeScriptOptions.of(read(key, value), INFO);
    assertThat(options.camelCase()).isEqualTo(camelCase);
    assertThat(options.bigint()).isEqualTo(bigint);
  }
}
