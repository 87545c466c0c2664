package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeScriptPluginTest {
  private static FileSet kitchenSink() {
    return Pipeline.generate(RepoPaths.kitchenSinkSpec(), new TypeScriptPlugin());
  }

  @Test
  void aPersonalPathParameterIsListedForTheLogToMaskAndNoneWithoutOne(@TempDir Path dir) {
    Path spec = Specs.write(dir, "openapi.yaml", Specs.openapi("""
        paths:
          /numbers/{PhoneNumber}:
            get:
              operationId: fetchNumber
              parameters:
                - {name: PhoneNumber, in: path, required: true, schema: {type: string}, x-switchboard-sensitive: true}
              responses: {'200': {description: ok}}
        """));
    String client = Pipeline.generate(spec, new TypeScriptPlugin()).text("src/client-base.ts");
    assertThat(client).contains("    path: ['PhoneNumber'],\n  },\n");
    assertThat(kitchenSink().text("src/client-base.ts")).doesNotContain("    path: [");
  }

  @Test
  void theSdkUsesOptionsFromSwitchboardYaml() {
    String pkg = kitchenSink().text("package.json");
    assertThat(pkg).contains("\"name\": \"@kitchen-sink/sdk\"");
    assertThat(pkg).contains("\"version\": \"1.0.0\"");
  }

  @Test
  void hostileDescriptionsCannotCloseComments() {
    String client = kitchenSink().text("src/client.ts");
    assertThat(client).contains("generators: *\\/ \"\"\" ''' ` ${x} #{x} <% %> \\ and non-ASCII text (Grüße, 日本語, emoji 📞).");
    assertThat(kitchenSink().text("src/models.ts")).doesNotContain("something: */ \"\"\"");
  }

  @Test
  void deprecatedOperationsAreTagged() {
    String accounts = kitchenSink().text("src/resources/accounts.ts");
    assertThat(accounts).containsMatch("@deprecated\\s+\\*/\\s+declare delete: \\(");
  }
}
