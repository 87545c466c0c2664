package dev.switchboard.core.lower;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.core.testing.Specs.openapi;

import dev.switchboard.core.config.PaginationConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.spec.SpecLoader;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pagination from the config and from Fern's and Speakeasy's extensions. */
class PaginationOverridesTest {
  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics("test.yaml");

  private static final String PAGE = """
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        items: {type: array, items: {type: string}}
                        meta: {type: object, properties: {next: {type: string}}}
      """;

  private static String spec(String extension) {
    return openapi("""
        paths:
          /things:
            get:
              operationId: listThings
              parameters:
                - {name: after, in: query, schema: {type: string}}
                - {name: page, in: query, schema: {type: integer}}
                - {name: size, in: query, schema: {type: integer}}
        """ + extension.indent(6) + PAGE);
  }

  private Optional<Pagination> pagination(String yaml, PaginationConfig config) {
    Path file = Specs.write(dir, "test.yaml", yaml);
    Api api = new Lowerer(diagnostics, LoweringOptions.DEFAULT.withPagination(config)).lower(new SpecLoader().load(file, diagnostics));
    return api.operations().filter(o -> o.id().equals("listThings")).findFirst().orElseThrow().pagination();
  }

  @Test
  void readsFernCursorPagination() {
    Optional<Pagination> pagination = pagination(spec("""
        x-fern-pagination:
          cursor: $request.after
          next_cursor: $response.meta.next
          results: $response.items
        """), PaginationConfig.NONE);
    assertThat(pagination).hasValue(new Pagination.Cursor(List.of("items"), ((Pagination) pagination.get()).itemType(),
        "after", List.of("meta", "next"), Optional.empty()));
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void readsSpeakeasyPagePagination() {
    Optional<Pagination> pagination = pagination(spec("""
        x-speakeasy-pagination:
          type: offsetLimit
          inputs:
            - {name: page, in: parameters, type: page}
            - {name: size, in: parameters, type: limit}
          outputs: {results: $.items}
        """), PaginationConfig.NONE);
    Pagination.Offset offset = (Pagination.Offset) pagination.orElseThrow();
    assertThat(offset.offsetParam()).isEqualTo("page");
    assertThat(offset.limitParam()).hasValue("size");
    assertThat(offset.pages()).isTrue();
    assertThat(offset.items()).containsExactly("items");
  }

  @Test
  void readsSpeakeasyCursorPagination() {
    Optional<Pagination> pagination = pagination(spec("""
        x-speakeasy-pagination:
          type: cursor
          inputs: [{name: after, in: parameters, type: cursor}]
          outputs: {nextCursor: $.meta.next}
        """), PaginationConfig.NONE);
    Pagination.Cursor cursor = (Pagination.Cursor) pagination.orElseThrow();
    assertThat(cursor.cursorParam()).isEqualTo("after");
    assertThat(cursor.nextCursor()).containsExactly("meta", "next").inOrder();
    assertThat(cursor.items()).containsExactly("items");
  }

  @Test
  void theConfigBeatsTheExtensions() {
    String withFern = spec("""
        x-fern-pagination: {cursor: $request.after, next_cursor: $response.meta.next, results: $response.items}
        """);
    PaginationConfig offsets = new PaginationConfig(Map.of("listThings",
        Map.of("style", "page", "page-param", "page", "limit-param", "size")));
    assertThat(pagination(withFern, offsets).orElseThrow()).isInstanceOf(Pagination.Offset.class);
    PaginationConfig none = new PaginationConfig(Map.of("listThings", Map.of("style", "none")));
    assertThat(pagination(withFern, none)).isEmpty();
  }

  @Test
  void anExtensionThatDoesNotFitIsAWarning() {
    assertThat(pagination(spec("""
        x-fern-pagination: {cursor: $request.after, next_cursor: $response.meta.next, results: $response.nothing}
        """), PaginationConfig.NONE)).isEmpty();
    assertThat(diagnostics.sorted().get(0).message()).contains("x-fern-pagination does not match the operation");
    assertThat(diagnostics.sorted().get(0).location()).isEqualTo("/paths/~1things/get/x-fern-pagination");
  }

  @Test
  void expressionsBecomePaths() {
    assertThat(PaginationExtensions.path("$request.starting_after")).isEqualTo("starting_after");
    assertThat(PaginationExtensions.path("$response.meta.next")).isEqualTo("meta.next");
    assertThat(PaginationExtensions.path("$.data[*]")).isEqualTo("data");
  }
}
