package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wire names and {@code number} by default; {@code naming: camelCase} and {@code int64: bigint} as options. */
class NamingOptionsTest {
  private static final String SPEC = Specs.openapi("""
      paths:
        /repos/{repo_name}:
          get:
            operationId: getRepo
            parameters:
              - {name: repo_name, in: path, required: true, schema: {type: string}}
              - {name: per_page, in: query, schema: {type: integer}}
              - {name: __proto__, in: query, schema: {type: string}}
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Repo'}
      components:
        schemas:
          Repo:
            type: object
            required: [id, full_name]
            properties:
              id: {type: integer, format: int64}
              full_name: {type: string}
              __proto__: {type: string}
      """);

  @TempDir
  Path dir;

  private FileSet generate(String options) throws IOException {
    Path spec = Specs.write(dir, "openapi.yaml", SPEC);
    if (!options.isEmpty()) {
      Files.writeString(dir.resolve("switchboard.yaml"), "languages:\n  typescript: {" + options + "}\n");
    }
    return Pipeline.generate(spec, new TypeScriptPlugin());
  }

  @Test
  void propertiesAndParametersKeepTheirWireNamesAndInt64IsANumberByDefault() throws IOException {
    FileSet sdk = generate("");
    assertThat(sdk.text("src/models.ts")).contains("  id: number;\n  full_name: string;\n");
    assertThat(sdk.text("src/codecs.ts")).contains("""
        export const Repo: $.Codec = /* @__PURE__ */ $.object(() => ({
          id: [$.integer, 1],
          full_name: [$.string, 1],
          proto: [$.string, 0, '__proto__'],
        }));
        """);
    assertThat(sdk.text("src/resources/repos.ts")).contains("  repo_name: string;\n  per_page?: number;\n");
  }

  @Test
  void aPropertyOrParameterNamedProtoIsRenamedSinceObjectsWouldTakeItForTheirPrototype() throws IOException {
    FileSet sdk = generate("");
    assertThat(sdk.text("src/models.ts")).contains("  full_name: string;\n  proto?: string;\n");
    assertThat(sdk.text("src/codecs.ts")).contains("  proto: [$.string, 0, '__proto__'],\n");
    assertThat(sdk.text("src/resources/repos.ts")).contains("      proto: 'q __proto__',\n");
  }

  @Test
  void camelCaseRenamesWithTheWireNameInTheCodecAndBigintReadsInt64Exactly() throws IOException {
    FileSet sdk = generate("naming: camelCase, int64: bigint");
    assertThat(sdk.text("src/models.ts")).contains("  id: bigint;\n  fullName: string;\n");
    assertThat(sdk.text("src/codecs.ts")).contains("""
        export const Repo: $.Codec = /* @__PURE__ */ $.object(() => ({
          id: [$.int64, 1],
          fullName: [$.string, 1, 'full_name'],
          proto: [$.string, 0, '__proto__'],
        }));
        """);
    assertThat(sdk.text("src/resources/repos.ts")).contains("  repoName: string;\n  perPage?: number;\n");
    assertThat(sdk.text("src/resources/repos.ts")).contains("      repoName: 'p repo_name',\n");
  }
}
