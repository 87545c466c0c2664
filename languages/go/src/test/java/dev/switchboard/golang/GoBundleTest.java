package dev.switchboard.golang;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several specs in one Go module: every mount imports the runtime by the module's own path. */
class GoBundleTest {
  @Test
  void aMountOfSpecsThatNameNoPackageImportsTheRuntimeOfTheSdksModule(@TempDir Path dir) {
    Specs.write(dir, "a.yaml", spec("Alpha", "https://alpha.example.test/v1"));
    Specs.write(dir, "b.yaml", spec("Beta", "https://beta.example.test/v2"));
    FileSet files = Pipeline.generate(dir, new GoPlugin());
    String module = files.text("go.mod").lines().findFirst().orElseThrow().substring("module ".length());
    String alpha = files.files().keySet().stream().filter(p -> p.startsWith("alpha/v1/") && p.endsWith(".go"))
        .map(files::text).reduce("", String::concat);
    assertThat(alpha).contains("\"" + module + "/core\"");
    assertThat(alpha).doesNotContain("alpha-sdk/core");
  }

  private static String spec(String title, String server) {
    return """
        openapi: 3.0.3
        info: {title: %s API, version: '1'}
        servers: [{url: '%s'}]
        paths:
          /things:
            get:
              operationId: ListThings
              responses: {'200': {description: ok}}
        """.formatted(title, server);
  }
}
