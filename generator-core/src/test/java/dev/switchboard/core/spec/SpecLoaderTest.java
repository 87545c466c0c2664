package dev.switchboard.core.spec;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.diagnostics.SpecException;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLoaderTest {
  @TempDir Path dir;

  private List<Diagnostic> failure(String text) {
    Path file = Specs.write(dir, "spec.yaml", text);
    Diagnostics diagnostics = new Diagnostics("spec.yaml");
    assertThrows(SpecException.class, () -> new SpecLoader().load(file, diagnostics));
    return diagnostics.sorted();
  }

  @Test
  void reportsMalformedYamlWithLineAndColumn() {
    Diagnostic d = failure("openapi: 3.0.3\ninfo: {title: x\npaths: {}\n").get(0);
    assertThat(d.id()).isEqualTo("malformed-yaml");
    assertThat(d.location()).matches("line \\d+, column \\d+");
  }

  @Test
  void reportsMalformedJson() {
    Diagnostic d = failure("{\"openapi\": \"3.0.3\",\n \"info\": }").get(0);
    assertThat(d.id()).isEqualTo("malformed-json");
    assertThat(d.location()).isEqualTo("line 2, column 10");
  }

  @Test
  void reportsEmptyFilesAndDocumentsThatAreNotOpenApi() {
    assertThat(failure("  \n").get(0).id()).isEqualTo("empty-file");
    assertThat(failure("{\"name\": \"x\"}").get(0).id()).isEqualTo("not-openapi");
    assertThat(failure("- a\n- b\n").get(0).id()).isEqualTo("not-openapi");
  }

  @Test
  void reportsUnsupportedVersions() {
    Diagnostic d = failure("openapi: 4.0.0\ninfo: {title: x, version: '1'}\npaths: {}\n").get(0);
    assertThat(d.id()).isEqualTo("unsupported-version");
    assertThat(d.location()).isEqualTo("/openapi");
  }

  @Test
  void reportsDanglingAndCircularReferencesWithPointers() {
    List<Diagnostic> dangling = failure("""
        openapi: 3.0.3
        info: {title: x, version: '1'}
        paths:
          /a:
            get:
              responses:
                '200': {$ref: '#/components/responses/Nope'}
        """);
    assertThat(dangling.get(0).id()).isEqualTo("dangling-ref");
    assertThat(dangling.get(0).location()).isEqualTo("/paths/~1a/get/responses/200/$ref");
    List<Diagnostic> circular = failure("""
        openapi: 3.0.3
        info: {title: x, version: '1'}
        paths: {}
        components:
          responses:
            A: {$ref: '#/components/responses/A'}
        """);
    assertThat(circular.get(0).id()).isEqualTo("circular-ref");
    assertThat(circular.get(0).format()).contains("/components/responses/A/$ref: error:");
  }

  @Test
  void loadsSwagger2ByConversion() {
    Path file = Specs.write(dir, "two.yaml", """
        swagger: '2.0'
        info: {title: Two, version: '1'}
        paths:
          /a:
            get:
              responses: {'200': {description: ok, schema: {type: string}}}
        """);
    LoadedSpec spec = new SpecLoader().load(file, new Diagnostics("two.yaml"));
    assertThat(spec.sourceVersion()).isEqualTo("2.0");
    assertThat(spec.openApi().getPaths()).containsKey("/a");
  }
}
