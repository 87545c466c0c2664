package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.ir.ApiInfo;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plugin.LanguageOptions;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PythonPluginTest {
  @Test
  void theReadmeMentionsTypedDictInputsOnlyWhenAnInputTakesAnObject() {
    String kitchenSink = readme(Pipeline.generate(RepoPaths.kitchenSinkSpec(), new PythonPlugin()));
    String hostile = readme(Pipeline.generate(RepoPaths.hostileSpec(), new PythonPlugin()));
    assertThat(kitchenSink).contains("- **Nested inputs** take the model or a plain dict");
    assertThat(hostile).doesNotContain("Nested inputs");
    assertThat(hostile).contains("## Usage");
  }

  private static String readme(FileSet files) {
    return new String(files.files().get("README.md"), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void theSdkHasASourceLayoutWithTypingMarker() {
    FileSet files = Pipeline.generate(RepoPaths.kitchenSinkSpec(), new PythonPlugin());
    assertThat(files.files().keySet()).containsAtLeast("pyproject.toml", "README.md", "src/kitchen_sink/py.typed",
        "src/kitchen_sink/__init__.py", "src/kitchen_sink/_client.py", "src/kitchen_sink/models/__init__.py",
        "src/kitchen_sink/resources/messages.py");
  }

  @Test
  void optionsDefaultFromThePlannedPackageNameNeverTheBareApiName() {
    ApiInfo info = new ApiInfo("Api", "2026-01-01", Name.of("TwilioApi"), Docs.NONE, Optional.empty());
    assertThat(PythonOptions.of(LanguageOptions.EMPTY, Identity.of(info, Optional.empty())))
        .isEqualTo(new PythonOptions("twilio_api_sdk", "twilio-api-sdk", "0.1.0"));
    assertThat(PythonOptions.of(LanguageOptions.EMPTY, Identity.of(info, Optional.of("my-twilio"))))
        .isEqualTo(new PythonOptions("my_twilio", "my-twilio", "0.1.0"));
  }

  @Test
  void invalidConfiguredOptionsAreUsageErrorsNamingTheKeyPath() {
    Map<String, String> bad = Map.of("packageName", "kitchen-sink", "distributionName", "-sdk", "version", "2026-11-01",
        "verbs", "delete");
    bad.forEach((key, value) -> {
      ConfigException e = assertThrows(ConfigException.class, () -> LanguagePlugin.accepted(new PythonPlugin()).read(
          "switchboard.yaml", "python", Map.of(key, JsonNodeFactory.instance.textNode(value))));
      assertThat(e).hasMessageThat().startsWith("switchboard.yaml: languages.python." + key + ": '" + value + "' is not valid; expected ");
    });
    ConfigException keyword = assertThrows(ConfigException.class, () -> PythonOptions.OPTIONS.read(
        "switchboard.yaml", "python", Map.of("packageName", JsonNodeFactory.instance.textNode("import"))));
    assertThat(keyword).hasMessageThat().contains("not a Python keyword");
    ConfigException number = assertThrows(ConfigException.class, () -> PythonOptions.OPTIONS.read(
        "switchboard.yaml", "python", Map.of("version", JsonNodeFactory.instance.numberNode(2))));
    assertThat(number).hasMessageThat().isEqualTo("switchboard.yaml: languages.python.version: expected text, got a number (quote it: version: \"2\")");
  }

  @Test
  void invalidOptionsAreRejected() {
    Identity info = Identity.of(new ApiInfo("Api", "1", Name.of("Api"), Docs.NONE, Optional.empty()), Optional.empty());
    assertThrows(IllegalArgumentException.class,
        () -> PythonOptions.of(new LanguageOptions(Map.of("packageName", "kitchen-sink")), info));
    assertThrows(IllegalArgumentException.class,
        () -> PythonOptions.of(new LanguageOptions(Map.of("packageName", "import")), info));
    assertThrows(IllegalArgumentException.class,
        () -> PythonOptions.of(new LanguageOptions(Map.of("version", "2026-11-01")), info));
  }
}
