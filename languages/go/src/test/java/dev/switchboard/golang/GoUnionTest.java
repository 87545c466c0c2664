package dev.switchboard.golang;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A union is a sealed interface its variants implement, with wrappers for variants that are no models. */
class GoUnionTest {
  @Test
  void objectVariantsImplementTheUnionAndOthersGetWrappers(@TempDir Path dir) {
    String models = models(dir, """
        Shape:
          oneOf: [{$ref: '#/components/schemas/Circle'}, {type: string}, {type: array, items: {type: integer}}]
        """);
    assertThat(models).contains("type Shape interface {\n\tisShape()\n}");
    assertThat(models).contains("func (Circle) isShape() {}\n");
    assertThat(models).contains("func (ShapeUnknown) isShape() {}\n");
    assertThat(models).containsMatch("type ShapeString string\n");
    assertThat(models).containsMatch("type Shape\\w+ \\[\\]int64\n");
    assertThat(models).contains("type ShapeUnknown struct {");
    assertThat(models).contains("core.Variant[Shape, Circle](\"radius\")");
    assertThat(models).contains("core.RegisterUnion(decodeShape)");
  }

  @Test
  void aDiscriminatorNamesTheVariantByItsTags(@TempDir Path dir) {
    String models = models(dir, """
        Shape:
          oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]
          discriminator: {propertyName: kind, mapping: {round: '#/components/schemas/Circle', square: '#/components/schemas/Square'}}
        """);
    assertThat(models).contains("core.DecodeUnion(data, \"kind\", unknown,");
    assertThat(models).contains("{Tags: []string{\"round\"}, Decode: core.Variant[Shape, Circle]()}");
  }

  private static String models(Path dir, String union) {
    Specs.write(dir, "api.yaml", """
        openapi: 3.0.3
        info: {title: Shapes API, version: '1'}
        servers: [{url: 'https://shapes.example.test'}]
        paths:
          /shape:
            get:
              operationId: GetShape
              responses:
                '200':
                  description: ok
                  content: {application/json: {schema: {$ref: '#/components/schemas/Shape'}}}
        components:
          schemas:
            Circle:
              type: object
              required: [radius]
              properties: {kind: {type: string}, radius: {type: number}}
            Square:
              type: object
              required: [side]
              properties: {kind: {type: string}, side: {type: number}}
        %s""".formatted(union.indent(4)));
    return Pipeline.generate(dir, new GoPlugin()).text("models.go");
  }
}
