package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.GoldenFiles;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TypeScriptPluginTest {
  private static FileSet kitchenSink() {
    return Pipeline.generate(RepoPaths.kitchenSinkSpec(), new TypeScriptPlugin());
  }

  @Test
  void hostileNamesAndTextMatchTheCommittedSample() throws Exception {
    GoldenFiles.assertMatches(Pipeline.generate(RepoPaths.hostileSpec(), new TypeScriptPlugin()), RepoPaths.samples().resolve("hostile/typescript"));
  }

  @Test
  void kitchenSinkMatchesTheCommittedSample() throws Exception {
    Path committed = RepoPaths.samples().resolve("kitchen-sink/typescript");
    GoldenFiles.assertMatches(kitchenSink(), committed);
  }

  @Test
  void generationIsDeterministic() {
    FileSet first = kitchenSink();
    FileSet second = kitchenSink();
    assertThat(second.files().keySet()).isEqualTo(first.files().keySet());
    first.files().forEach((path, bytes) -> assertThat(second.files().get(path)).isEqualTo(bytes));
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
    assertThat(accounts).containsMatch("@deprecated\\s+\\*/\\s+delete\\(");
  }
}
