package dev.switchboard.golang;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list operation has a method yielding its items and a twin yielding whole pages, which the README shows. */
class GoPagesTest {
  @Test
  void theItemsMethodReadsThePagesOfItsPagesTwin(@TempDir Path dir) {
    String service = files(dir).files().keySet().stream().filter(p -> p.endsWith("_service.go")).findFirst()
        .map(files(dir)::text).orElseThrow();
    assertThat(service).contains("func (s *ThingsService) List(ctx context.Context, params ThingsListParams, "
        + "opts ...core.Option) iter.Seq2[Thing, error] {\n\treturn core.Items(s.ListPages(ctx, params, opts...), "
        + "params.Limit)\n}");
    assertThat(service).contains("func (s *ThingsService) ListPages(ctx context.Context, params ThingsListParams, "
        + "opts ...core.Option) iter.Seq2[*core.Page[Thing], error] {");
    assertThat(service).contains("return core.Pages[Thing](ctx, s.client, req, opts, core.Paging{Style: \"next-url\"");
  }

  @Test
  void theReadmeShowsThePagesOfTheFirstListOperation(@TempDir Path dir) {
    assertThat(files(dir).text("README.md"))
        .contains("for page, err := range client.Things.ListPages(ctx, things.ThingsListParams{}) {");
  }

  private static FileSet files(Path dir) {
    Specs.write(dir, "api.yaml", """
        openapi: 3.0.3
        info: {title: Things API, version: '1'}
        servers: [{url: 'https://things.example.test'}]
        paths:
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
        """);
    return Pipeline.generate(dir, new GoPlugin());
  }
}
