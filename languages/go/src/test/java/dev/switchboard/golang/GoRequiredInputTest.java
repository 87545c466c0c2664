package dev.switchboard.golang;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A required input that may be null is a core.Opt, so the call refuses it when it is left out. */
class GoRequiredInputTest {
  @Test
  void aRequiredNullableFieldIsRefusedWhenAbsentAndARequiredPlainOneIsNot(@TempDir Path dir) {
    String service = service(dir);
    assertThat(service).contains("\tTags core.Opt[[]string]\n");
    assertThat(service).contains("\tName string\n");
    assertThat(service).contains("if !core.AnyGiven(params.Tags) {\n\t\treq.Fail(core.Required(\"Tags\"))\n\t}");
    assertThat(service).doesNotContain("core.Required(\"Name\")");
    assertThat(service).doesNotContain("core.Required(\"Note\")");
  }

  private static String service(Path dir) {
    Specs.write(dir, "api.yaml", """
        openapi: 3.0.3
        info: {title: Things API, version: '1'}
        servers: [{url: 'https://things.example.test'}]
        paths:
          /things:
            post:
              operationId: createThing
              tags: [Things]
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [name, tags]
                      properties:
                        name: {type: string}
                        tags: {type: array, items: {type: string}, nullable: true}
                        note: {type: string, nullable: true}
              responses:
                '204': {description: ok}
        """);
    FileSet files = Pipeline.generate(dir, new GoPlugin());
    return files.files().keySet().stream().filter(p -> p.endsWith("_service.go")).findFirst().map(files::text)
        .orElseThrow();
  }
}
