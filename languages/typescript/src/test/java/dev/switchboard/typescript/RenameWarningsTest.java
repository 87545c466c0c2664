package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.pipeline.Director;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.pipeline.Job;
import dev.switchboard.core.spec.RefPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenameWarningsTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Names, version: '1'}
      paths:
        /pages:
          get:
            operationId: listPages
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Page'}
      components:
        schemas:
          Page:
            type: object
            properties: {Infinity: {$ref: '#/components/schemas/Infinity'}, NaN: {$ref: '#/components/schemas/NaN'}}
          Infinity: {type: object, properties: {id: {type: string}}}
          NaN: {type: object, properties: {id: {type: string}}}
          Account: {type: object, properties: {id: {type: string}}}
      """;

  @Test
  void everyRenamedTypeIsRenamedInTheOutputAndWarnedAboutAndNoOtherIs(@TempDir Path dir) throws Exception {
    Path spec = Files.writeString(dir.resolve("openapi.yaml"), SPEC);
    Generation generation = Director.run(new Job(spec, Optional.empty(), List.of(new TypeScriptPlugin()),
        Set.of("typescript"), Optional.empty(), RefPolicy.CONFINED));
    String models = generation.sdks().get("typescript").text("src/models.ts");
    assertThat(models).contains("export interface PageModel {");
    assertThat(models).contains("export interface InfinityModel {");
    assertThat(models).contains("export interface NaNModel {");
    assertThat(models).contains("export interface Account {");
    List<String> warnings = generation.diagnostics().sorted().stream()
        .filter(d -> d.id().equals("reserved-name") || d.id().equals("renamed-name"))
        .map(Diagnostic::message).toList();
    assertThat(warnings).containsExactly(
        "type name 'Page' is reserved in typescript; the typescript SDK renames it 'PageModel'",
        "type name 'Infinity' is reserved in typescript; the typescript SDK renames it 'InfinityModel'",
        "type name 'NaN' is reserved in typescript; the typescript SDK renames it 'NaNModel'");
  }
}
