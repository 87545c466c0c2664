package dev.switchboard.core.spec;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.testing.Specs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayTest {
  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics("openapi.yaml");

  private static final String SPEC = """
      openapi: 3.1.0
      info: {title: Pets, version: '1'}
      paths:
        /pets:
          get: {operationId: listPets, summary: List, responses: {'200': {description: ok}}}
          post: {operationId: createPet, responses: {'200': {description: ok}}}
        /pets/{id}:
          get: {operationId: getPet, x-internal: true, responses: {'200': {description: ok}}}
      components:
        schemas:
          Pet: {type: object, properties: {id: {type: string}}}
      tags: [{name: a}, {name: b}, {name: c}]
      """;

  private JsonNode apply(String overlay) throws IOException {
    JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(SPEC);
    return Overlay.read(Specs.write(dir, "overlay.yaml", overlay)).apply(tree, diagnostics);
  }

  @Test
  void updateMergesIntoTheTarget() throws IOException {
    JsonNode tree = apply("""
        overlay: 1.0.0
        info: {title: t, version: '1'}
        actions:
          - target: $.paths['/pets'].get
            update: {summary: List every pet, x-fern-sdk-method-name: all}
          - target: $.components.schemas.Pet
            update: {properties: {name: {type: string}}}
        """);
    assertThat(tree.at("/paths/~1pets/get/summary").asText()).isEqualTo("List every pet");
    assertThat(tree.at("/paths/~1pets/get/operationId").asText()).isEqualTo("listPets");
    assertThat(tree.at("/paths/~1pets/get/x-fern-sdk-method-name").asText()).isEqualTo("all");
    assertThat(tree.at("/components/schemas/Pet/properties/id/type").asText()).isEqualTo("string");
    assertThat(tree.at("/components/schemas/Pet/properties/name/type").asText()).isEqualTo("string");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void wildcardsSelectEveryChild() throws IOException {
    JsonNode tree = apply("""
        overlay: 1.0.0
        info: {title: t, version: '1'}
        actions:
          - target: $.paths.*.get
            update: {x-speakeasy-group: animals}
          - target: $.paths[*][*].x-internal
            remove: true
        """);
    assertThat(tree.at("/paths/~1pets/get/x-speakeasy-group").asText()).isEqualTo("animals");
    assertThat(tree.at("/paths/~1pets~1{id}/get/x-speakeasy-group").asText()).isEqualTo("animals");
    assertThat(tree.at("/paths/~1pets/post/x-speakeasy-group").isMissingNode()).isTrue();
    assertThat(tree.at("/paths/~1pets~1{id}/get").has("x-internal")).isFalse();
  }

  @Test
  void removeDeletesTargetsAndArrayItemsFromTheLast() throws IOException {
    JsonNode tree = apply("""
        overlay: 1.0.0
        info: {title: t, version: '1'}
        actions:
          - target: "$.paths[\\"/pets/{id}\\"]"
            remove: true
          - target: $.tags[*]
            remove: true
          - target: $.paths['/pets']
            update: {parameters: [{name: q, in: query}]}
          - target: $.paths['/pets'].parameters
            update: {name: r, in: query}
        """);
    assertThat(tree.at("/paths").has("/pets/{id}")).isFalse();
    assertThat(tree.at("/tags").size()).isEqualTo(0);
    assertThat(tree.at("/paths/~1pets/parameters").size()).isEqualTo(2);
  }

  @Test
  void aTargetThatSelectsNothingIsAWarning() throws IOException {
    apply("""
        overlay: 1.0.0
        info: {title: t, version: '1'}
        actions:
          - target: $.paths['/cats'].get
            update: {summary: x}
        """);
    assertThat(diagnostics.sorted()).hasSize(1);
    assertThat(diagnostics.sorted().get(0).message()).contains("overlay.yaml: /actions/0/target: '$.paths['/cats'].get' selects nothing");
  }

  @Test
  void badOverlaysNameTheFileAndThePointer() {
    assertThat(badOverlay("overlay: 1.0.0\nactions:\n  - target: $.paths[?(@.x)]\n    update: {}\n"))
        .contains("overlay.yaml: /actions/0/target: '$.paths[?(@.x)]': filter expressions ([?...]) are not supported");
    assertThat(badOverlay("overlay: 1.0.0\nactions:\n  - {target: $.paths}\n  - {target: paths, remove: true}\n"))
        .contains("overlay.yaml: /actions/0: an action needs either 'update' or 'remove: true', not neither");
    assertThat(badOverlay("overlay: 1.0.0\nactions:\n  - {target: 'paths', remove: true}\n"))
        .contains("overlay.yaml: /actions/0/target: 'paths' must start with '$'");
    assertThat(badOverlay("overlay: 1.0.0\nactions:\n  - {target: '$..get', remove: true}\n"))
        .contains("recursive descent (..) is not supported");
    assertThat(badOverlay("overlay: 1.0.0\nactions:\n  - {target: '$', remove: true}\n"))
        .contains("/actions/0/target: the document itself cannot be removed");
    assertThat(badOverlay("overlay: 2.0.0\nactions: []\n")).contains("overlay.yaml: /overlay: expected an Overlay version");
    assertThat(badOverlay("overlay: 1.0.0\nactions: []\n")).contains("overlay.yaml: /actions: expected a list");
    assertThat(badOverlay("overlay: 1.0.0\nactions: [\n")).contains("overlay.yaml: malformed overlay at line");
  }

  private String badOverlay(String text) {
    Path file = Specs.write(dir, "overlay.yaml", text);
    return assertThrows(ConfigException.class, () -> Overlay.read(file)).getMessage();
  }

  @Test
  void theLoaderAppliesOverlaysBeforeParsing() {
    Path spec = Specs.write(dir, "openapi.yaml", SPEC);
    Path overlay = Specs.write(dir, "overlay.yaml", """
        overlay: 1.0.0
        info: {title: t, version: '1'}
        actions:
          - target: $.paths['/pets'].post
            remove: true
        """);
    LoadedSpec loaded = new SpecLoader().load(spec, List.of(Overlay.read(overlay)), diagnostics);
    assertThat(loaded.openApi().getPaths().get("/pets").getPost()).isNull();
    assertThat(loaded.rawTree().get().at("/paths/~1pets").has("post")).isFalse();
  }

  @Test
  void configOverlaysAreRelativeToTheConfigAndStayInItsFolder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("api"));
    Specs.write(folder, "overlays/names.yaml", "overlay: 1.0.0\nactions: [{target: $, update: {}}]\n");
    Path config = Specs.write(folder, "switchboard.yaml", "overlays: [overlays/names.yaml]\n");
    assertThat(SwitchboardConfig.read(config).overlays().files()).containsExactly(folder.resolve("overlays/names.yaml"));

    Specs.write(dir, "outside.yaml", "overlay: 1.0.0\n");
    Path escaping = Specs.write(folder, "switchboard.yaml", "overlays: [../outside.yaml]\n");
    assertThat(assertThrows(ConfigException.class, () -> SwitchboardConfig.read(escaping)).getMessage())
        .contains("overlays[0]: '../outside.yaml' leads out of the config's folder");

    Files.createSymbolicLink(folder.resolve("link.yaml"), dir.resolve("outside.yaml"));
    Path linked = Specs.write(folder, "switchboard.yaml", "overlays: [link.yaml]\n");
    assertThat(assertThrows(ConfigException.class, () -> SwitchboardConfig.read(linked)).getMessage())
        .contains("the overlay is a symbolic link leading out of");

    Path missing = Specs.write(folder, "switchboard.yaml", "overlays: [nothing.yaml]\n");
    assertThat(assertThrows(ConfigException.class, () -> SwitchboardConfig.read(missing)).getMessage())
        .contains("overlay file not found");
  }
}
