package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import org.junit.jupiter.api.Test;

class TypeScriptPluginTest {
  private static FileSet kitchenSink() {
    return Pipeline.generate(RepoPaths.kitchenSinkSpec(), new TypeScriptPlugin());
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
