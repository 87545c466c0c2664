package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** samples/extensions: the names its config, overlay and extensions ask for reach the Python SDK. */
class ExtensionsSampleTest {
  private static String resource(FileSet files, String module) {
    String path = files.files().keySet().stream().filter(p -> p.endsWith("/resources/" + module + ".py")).findFirst()
        .orElseThrow(() -> new AssertionError("no resources/" + module + ".py among " + files.files().keySet()));
    return new String(files.files().get(path), StandardCharsets.UTF_8);
  }

  @Test
  void methodsAreNamedAsTheConfigOverlayAndExtensionsSay() {
    FileSet files = Pipeline.generate(RepoPaths.samples().resolve("extensions/openapi.yaml"), new PythonPlugin());
    String widgets = resource(files, "widgets");
    assertThat(widgets).contains("def list(");
    assertThat(widgets).contains("def make(");
    assertThat(widgets).contains("def fetch(");
    assertThat(widgets).contains("def destroy(");
    assertThat(widgets).contains("def go_live(");
    assertThat(widgets).doesNotContain("def add(");
    assertThat(resource(files, "reporting")).contains("def list_reports(");
    assertThat(resource(files, "inventory_gadgets")).contains("def search(");
  }
}
