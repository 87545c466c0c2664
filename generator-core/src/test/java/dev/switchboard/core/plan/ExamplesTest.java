package dev.switchboard.core.plan;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.core.testing.Specs.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plan.ExampleValue.Field;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  @TempDir Path dir;

  private Examples examples() {
    Api api = Specs.lower(Specs.write(dir, "t.yaml", openapi("""
        paths: {}
        components:
          schemas:
            Node:
              type: object
              required: [name, parent, children, kind]
              properties:
                name: {type: string}
                parent: {oneOf: [{$ref: '#/components/schemas/Node'}, {type: 'null'}]}
                children: {type: array, items: {$ref: '#/components/schemas/Node'}}
                kind: {type: string, enum: [leaf, branch]}
                note: {type: string}
            Pet:
              oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
              discriminator: {propertyName: type, mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}}
            Cat: {type: object, required: [type, lives], properties: {type: {type: string}, lives: {type: integer}}}
            Dog: {type: object, required: [type], properties: {type: {type: string}}}
        """)), new Diagnostics("t.yaml"));
    return new Examples(api.typesById());
  }

  @Test
  void specExampleComesFirstWhenItFits() {
    assertThat(examples().of(TypeRef.primitive(Primitive.INT32), Optional.of(JSON.numberNode(42)), "n"))
        .isEqualTo(new ExampleValue.Scalar(Primitive.INT32, JSON.numberNode(42)));
    assertThat(examples().of(TypeRef.primitive(Primitive.INT32), Optional.of(JSON.textNode("x")), "n"))
        .isEqualTo(new ExampleValue.Scalar(Primitive.INT32, JSON.numberNode(1)));
  }

  @Test
  void fillsRequiredPropertiesAndGuardsCycles() {
    ExampleValue node = examples().of(TypeRef.named("Node"), Optional.empty(), "node");
    assertThat(node).isEqualTo(new ExampleValue.ObjectValue("Node", Optional.empty(), List.of(
        new Field("name", new ExampleValue.Scalar(Primitive.STRING, JSON.textNode("name"))),
        new Field("parent", new ExampleValue.Null()),
        new Field("children", new ExampleValue.ListValue(List.of())),
        new Field("kind", new ExampleValue.EnumConstant("NodeKind", JSON.textNode("leaf"))))));
  }

  @Test
  void setsTheDiscriminatorOfTheFirstTaggedVariant() {
    ExampleValue pet = examples().of(TypeRef.named("Pet"), Optional.empty(), "pet");
    assertThat(pet).isEqualTo(new ExampleValue.ObjectValue("Cat", Optional.of("Pet"), List.of(
        new Field("type", new ExampleValue.Scalar(Primitive.STRING, JSON.textNode("cat"))),
        new Field("lives", new ExampleValue.Scalar(Primitive.INTEGER, JSON.numberNode(1))))));
  }
}
