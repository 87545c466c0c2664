package dev.switchboard.core.plan;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * samples/extensions: operationIds that only echo their paths, Fern and Speakeasy extensions, an
 * overlay and a config. The plan has the names and pagination each of them asks for, the config
 * winning over the extensions.
 */
class ExtensionsSampleTest {
  private final Generation planned = Pipeline.plan(RepoPaths.samples().resolve("extensions/openapi.yaml"));
  private final Api api = planned.api();
  private final Plan plan = planned.plan();

  @Test
  void namesComeFromTheConfigTheOverlayTheExtensionsAndThePaths() {
    Map<String, String> names = new TreeMap<>();
    plan.resources().forEach(resource -> resource.operations().forEach(operation ->
        names.put(operation.id(), resource.name().key() + "." + operation.method().key())));
    assertThat(names).containsExactly(
        "GetWidgets", "widgets.list",                   // inferred
        "PostWidgets", "widgets.make",                  // config, over x-fern-sdk-method-name: add
        "GetWidgetsWidget", "widgets.fetch",            // inferred, with the config's verb for retrieve
        "DeleteWidgetsWidget", "widgets.destroy",       // x-speakeasy-name-override
        "PostWidgetsWidgetPublish", "widgets.go live",  // x-fern-sdk-method-name added by the overlay
        "GetReports", "reporting.list reports",         // x-speakeasy-group, renamed by the config
        "GetGadgets", "inventory gadgets.search");      // x-fern-sdk-group-name and -method-name
  }

  @Test
  void paginationComesFromTheExtensionsAndTheOverlay() {
    assertThat(pagination("GetWidgets")).isInstanceOf(Pagination.Cursor.class);
    Pagination.Cursor cursor = (Pagination.Cursor) pagination("GetWidgets");
    assertThat(cursor.cursorParam()).isEqualTo("after");
    assertThat(cursor.nextCursor()).containsExactly("next_cursor");
    assertThat(cursor.items()).containsExactly("data");

    Pagination.Offset pages = (Pagination.Offset) pagination("GetReports");
    assertThat(List.of(pages.offsetParam(), pages.limitParam(), pages.pages())).containsExactly("page", Optional.of("page_size"), true).inOrder();

    Pagination.Offset offset = (Pagination.Offset) pagination("GetGadgets");
    assertThat(List.of(offset.offsetParam(), offset.limitParam(), offset.pages())).containsExactly("offset", Optional.of("limit"), false).inOrder();
  }

  @Test
  void theOverlayRemovedWhatItTargets() {
    assertThat(api.operations().filter(o -> o.id().equals("GetWidgetsWidget")).findFirst().orElseThrow().extensions())
        .doesNotContainKey("x-internal");
    assertThat(api.operations().filter(o -> o.id().equals("GetWidgets")).findFirst().orElseThrow().extensions())
        .containsKey("x-fern-pagination");
  }

  private Pagination pagination(String id) {
    return api.operations().filter(o -> o.id().equals(id)).findFirst().orElseThrow().pagination().orElseThrow();
  }
}
