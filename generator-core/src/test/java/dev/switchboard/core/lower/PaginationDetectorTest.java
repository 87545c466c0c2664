package dev.switchboard.core.lower;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.core.testing.Specs.openapi;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One positive and one near miss for each inferred pagination rule. */
class PaginationDetectorTest {
  private static final String USER = "{type: object, properties: {id: {type: string}, login: {type: string}}}";

  @TempDir Path dir;

  /**
   * The pagination of {@code GET /things} with these query parameters ({@code name} or
   * {@code name:type}; names with "page" are integers by default), response headers and body.
   */
  private Optional<Pagination> detect(String method, List<String> query, String headers, String body) {
    StringBuilder parameters = new StringBuilder();
    for (String q : query) {
      String[] nameAndType = q.split(":");
      String type = nameAndType.length > 1 ? nameAndType[1]
          : q.contains("page") && !q.toLowerCase(java.util.Locale.ROOT).contains("token") || q.equals("limit") || q.equals("offset") ? "integer" : "string";
      parameters.append("{name: ").append(nameAndType[0]).append(", in: query, schema: {type: ").append(type).append("}}, ");
    }
    Api api = Specs.lower(Specs.write(dir, "test.yaml", openapi("""
        paths:
          /things:
            %s:
              operationId: listThings
              parameters: [%s]
              responses:
                '200':
                  description: ok
                  headers: %s
                  content: {application/json: {schema: %s}}
        """.formatted(method, parameters, headers, body))), new Diagnostics("test.yaml"));
    return api.operations().findFirst().orElseThrow().pagination();
  }

  private static final String LINK = "{Link: {schema: {type: string}}}";

  @Test
  void linkHeaderOnAnArrayBody() {
    Pagination found = detect("get", List.of("per_page", "page"), LINK, "{type: array, items: " + USER + "}").orElseThrow();
    assertThat(found).isInstanceOf(Pagination.LinkHeader.class);
    assertThat(found.items()).isEmpty();
  }

  @Test
  void linkHeaderNeedsAnArrayToPage() {
    assertThat(detect("get", List.of("per_page"), LINK, USER)).isEmpty();
  }

  @Test
  void hasMoreWithStartingAfterTakesTheLastItemsId() {
    Pagination.Cursor found = (Pagination.Cursor) detect("get", List.of("limit", "starting_after"), "{}",
        "{type: object, properties: {object: {type: string}, data: {type: array, items: " + USER + "}, has_more: {type: boolean}}}")
        .orElseThrow();
    assertThat(found.lastItem()).isTrue();
    assertThat(found.items()).containsExactly("data");
    assertThat(found.cursorParam()).isEqualTo("starting_after");
    assertThat(found.nextCursor()).containsExactly("id");
    assertThat(found.hasMore()).hasValue(List.of("has_more"));
  }

  @Test
  void hasMoreWithoutStartingAfterIsASinglePage() {
    assertThat(detect("get", List.of("ending_before"), "{}",
        "{type: object, properties: {data: {type: array, items: " + USER + "}, has_more: {type: boolean}}}")).isEmpty();
  }

  @Test
  void nextTokenFieldWithAMatchingParameter() {
    Pagination.Cursor found = (Pagination.Cursor) detect("get", List.of("pageToken"), "{}",
        "{type: object, properties: {items: {type: array, items: " + USER + "}, nextPageToken: {type: string}}}")
        .orElseThrow();
    assertThat(found.lastItem()).isFalse();
    assertThat(found.cursorParam()).isEqualTo("pageToken");
    assertThat(found.nextCursor()).containsExactly("nextPageToken");
  }

  @Test
  void nextCursorInResponseMetadata() {
    Pagination.Cursor found = (Pagination.Cursor) detect("get", List.of("cursor", "limit"), "{}",
        "{type: object, properties: {members: {type: array, items: " + USER + "},"
            + " response_metadata: {type: object, properties: {next_cursor: {type: string}}}}}")
        .orElseThrow();
    assertThat(found.cursorParam()).isEqualTo("cursor");
    assertThat(found.nextCursor()).containsExactly("response_metadata", "next_cursor").inOrder();
  }

  @Test
  void nextTokenFieldWithoutAParameterIsASinglePage() {
    assertThat(detect("get", List.of("q"), "{}",
        "{type: object, properties: {items: {type: array, items: " + USER + "}, next_cursor: {type: string}}}")).isEmpty();
  }

  @Test
  void pageAndPerPageCountPages() {
    Pagination.Offset found = (Pagination.Offset) detect("get", List.of("per_page", "page"), "{}",
        "{type: array, items: " + USER + "}").orElseThrow();
    assertThat(found.pages()).isTrue();
    assertThat(found.offsetParam()).isEqualTo("page");
    assertThat(found.limitParam()).hasValue("per_page");
  }

  @Test
  void offsetAndLimitCountItems() {
    Pagination.Offset found = (Pagination.Offset) detect("get", List.of("offset", "limit"), "{}",
        "{type: object, properties: {results: {type: array, items: " + USER + "}, count: {type: integer}}}").orElseThrow();
    assertThat(found.pages()).isFalse();
    assertThat(found.offsetParam()).isEqualTo("offset");
    assertThat(found.limitParam()).hasValue("limit");
  }

  @Test
  void aStringPageTakesTheNextPageField() {
    Pagination.Cursor found = (Pagination.Cursor) detect("get", List.of("limit", "page:string"), "{}",
        "{type: object, properties: {data: {type: array, items: " + USER + "}, next_page: {type: [string, 'null']}}}")
        .orElseThrow();
    assertThat(found.cursorParam()).isEqualTo("page");
    assertThat(found.nextCursor()).containsExactly("next_page");
  }

  @Test
  void aStringPageIsNotAPageNumber() {
    assertThat(detect("get", List.of("per_page", "page:string"), "{}", "{type: array, items: " + USER + "}")).isEmpty();
  }

  @Test
  void pageWithoutASizeIsASinglePage() {
    assertThat(detect("get", List.of("page"), "{}", "{type: array, items: " + USER + "}")).isEmpty();
  }

  @Test
  void onlyGetsAreInferred() {
    assertThat(detect("post", List.of("per_page", "page"), LINK, "{type: array, items: " + USER + "}")).isEmpty();
  }

  @Test
  void twoArraysAreAmbiguous() {
    assertThat(detect("get", List.of("offset", "limit"), "{}",
        "{type: object, properties: {a: {type: array, items: {type: string}}, b: {type: array, items: {type: string}}}}"))
        .isEmpty();
  }
}
