package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyOutputTest {
  private static final String SPEC = Specs.openapi("""
      paths:
        /things:
          get:
            operationId: listThings
            requestBody:
              content:
                application/x-www-form-urlencoded:
                  schema:
                    type: object
                    properties:
                      name: {type: string}
            responses:
              '204': {description: none}
          post:
            operationId: createThing
            requestBody:
              required: true
              content:
                application/x-www-form-urlencoded:
                  schema:
                    type: object
                    properties:
                      name: {type: string}
            responses:
              '204': {description: none}
          patch:
            operationId: updateThing
            requestBody:
              content:
                application/x-www-form-urlencoded:
                  schema:
                    type: object
                    properties:
                      name: {type: string}
            responses:
              '204': {description: none}
        /things/{name}:
          put:
            operationId: renameThing
            parameters:
              - {name: name, in: path, required: true, schema: {type: string}}
            requestBody:
              content:
                application/json:
                  schema:
                    type: [object, 'null']
                    required: [name]
                    properties:
                      name: {type: string, description: The new name.}
            responses:
              '204': {description: none}
      """);

  @TempDir
  Path dir;

  private String things() {
    return Pipeline.generate(Specs.write(dir, "openapi.yaml", SPEC), new TypeScriptPlugin())
        .text("src/resources/things.ts");
  }

  @Test
  void aGetHasNoBodyBecauseFetchCannotSendOne() {
    assertThat(things()).contains("""
          list: {
            id: 'listThings',
            route: 'GET /things',
            response: 'empty',
            noParams: true,
          },
        """);
    assertThat(things()).contains("  declare list: (options?: RequestOptions) => APIPromise<void>;");
  }

  @Test
  void aBodyPropertyNamedLikeAParameterIsPrefixedAndANullableObjectBodyIsFlattened() {
    assertThat(things()).contains("""
        export interface RenameThingParams {
          name: string;
          /** The new name. */
          body_name: string;
        }
        """);
    assertThat(things()).contains("""
            body: {
              codec: $.nullable(C.RenameThingRequest),
              required: true,
              fields: {
                body_name: 'name',
              },
            },
        """);
  }

  @Test
  void onlyARequiredFlattenedBodyIsSentWhenNoFieldIsGiven() {
    assertThat(things()).contains("""
            body: {
              media: 'form application/x-www-form-urlencoded',
              codec: C.CreateThingRequest,
              required: true,
            },
        """);
    assertThat(things()).contains("""
            body: {
              media: 'form application/x-www-form-urlencoded',
              codec: C.UpdateThingRequest,
            },
        """);
  }
}
