package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnionOutputTest {
  private static final String SPEC = Specs.openapi("""
      paths: {}
      components:
        schemas:
          Cat:
            type: object
            required: [kind]
            properties:
              kind: {type: string}
          Dog:
            type: object
            required: [kind]
            properties:
              kind: {type: string}
              barks: {type: boolean}
          Parrot:
            type: object
            required: [kind]
            properties:
              kind: {type: string}
          Pet:
            oneOf:
              - $ref: '#/components/schemas/Cat'
              - $ref: '#/components/schemas/Dog'
              - $ref: '#/components/schemas/Cat'
            discriminator:
              propertyName: kind
              mapping:
                cat: '#/components/schemas/Cat'
                dog: '#/components/schemas/Dog'
                kitten: '#/components/schemas/Cat'
                big cat: '#/components/schemas/Cat'
      """);

  @TempDir
  Path dir;

  private FileSet generate() {
    return Pipeline.generate(Specs.write(dir, "openapi.yaml", SPEC), new TypeScriptPlugin());
  }

  @Test
  void everyDiscriminatorValueOfAVariantNamesItsCodec() {
    assertThat(generate().text("src/codecs.ts")).contains("""
        export const Pet: $.Codec = /* @__PURE__ */ $.tagged('kind', 'kind', () => ({
          cat: Cat,
          kitten: Cat,
          'big cat': Cat,
          dog: Dog,
        }));
        """);
  }

  @Test
  void aTypeWhoseCodecIsAnEarlierTypesIsThatCodec() {
    assertThat(generate().text("src/codecs.ts")).contains("""
        export const Parrot: $.Codec = Cat;
        """);
  }

  @Test
  void variantsOfTheSameTypeShareOneUnionMember() {
    assertThat(generate().text("src/models.ts")).contains("""
        export type Pet =
          (Cat & { kind: 'cat' | 'kitten' | 'big cat' }) | (Dog & { kind: 'dog' }) | UnknownVariant<'kind'>;
        """);
  }
}
