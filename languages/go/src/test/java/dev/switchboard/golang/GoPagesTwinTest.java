package dev.switchboard.golang;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operation spelled like a list method's {@code ...Pages} twin yields that name to the twin, with a warning. */
class GoPagesTwinTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Things API, version: '1'}
      servers: [{url: 'https://things.example.test'}]
      paths:
        /things/pages:
          get:
            operationId: listThingsPages
            tags: [Things]
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Thing'}
        /things:
          get:
            operationId: listThings
            tags: [Things]
            x-pagination: {style: next-url, items: data, next: next}
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        data: {type: array, items: {$ref: '#/components/schemas/Thing'}}
                        next: {type: string}
      components:
        schemas:
          Thing:
            type: object
            properties: {id: {type: string}}
      """;

  @Test
  void theOperationSpelledLikeATwinIsNumberedAndTheTwinKeepsItsName(@TempDir Path dir) {
    Generation generation = generation(dir);
    String service = service(generation);
    assertThat(service).contains("func (s *ThingsService) ListPages2(ctx context.Context, "
        + "opts ...core.Option) (*Thing, error) {\n\treq := core.NewRequest(\"GET\", \"/things/pages\")");
    assertThat(service).contains("func (s *ThingsService) ListPages(ctx context.Context, params "
        + "ThingsListParams, opts ...core.Option) iter.Seq2[*core.Page[Thing], error] {\n\treq := "
        + "core.NewRequest(\"GET\", \"/things\")");
    List<String> warnings = generation.diagnostics().sorted().stream().filter(d -> d.id().equals("renamed-name"))
        .map(Diagnostic::message).toList();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).contains("'ListPages2'");
  }

  private static Generation generation(Path dir) {
    Specs.write(dir, "api.yaml", SPEC);
    return Pipeline.run(dir, new GoPlugin());
  }

  private static String service(Generation generation) {
    var files = generation.sdks().get("go");
    return files.files().keySet().stream().filter(p -> p.endsWith("_service.go")).findFirst().map(files::text)
        .orElseThrow();
  }
}
