package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ...Param} TypedDicts: which models get one, their names and their two forms. */
class ParamDictsTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Owners, version: "1"}
      paths:
        /owners:
          post:
            operationId: createOwner
            requestBody:
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Owner'}
            responses:
              "200":
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/AddressParam'}
      components:
        schemas:
          Owner:
            type: object
            required: [name]
            properties:
              name: {type: string}
              address: {$ref: '#/components/schemas/Address'}
              labels:
                type: array
                items: {$ref: '#/components/schemas/Label'}
          Address:
            type: object
            required: [from]
            properties:
              from: {type: string}
              post-code: {type: string, nullable: true}
          Label:
            type: object
            required: [name]
            properties:
              name: {type: string}
              color: {type: string, enum: [red, blue]}
              audit:
                type: object
                readOnly: true
                properties:
                  by: {type: string}
          AddressParam:
            type: object
            properties:
              id: {type: string}
      """;

  private FileSet generate(Path dir) throws IOException {
    Path spec = dir.resolve("openapi.yaml");
    Files.writeString(spec, SPEC);
    return Pipeline.generate(spec, new PythonPlugin());
  }

  @Test
  void aParamNameTakenByASchemaIsNumbered(@TempDir Path dir) throws IOException {
    FileSet files = generate(dir);
    String resource = files.text("src/owners_sdk/resources/owners.py");
    assertThat(resource).contains("address: Union[Address, AddressParam2, NotGiven] = NOT_GIVEN,");
    assertThat(resource).contains("labels: Union[Sequence[Union[Label, LabelParam]], NotGiven] = NOT_GIVEN,");
    assertThat(files.text("src/owners_sdk/models/__init__.py")).contains("\"AddressParam2\": \"_address\",");
  }

  @Test
  void keysThatAreNoIdentifiersGiveTheFunctionalFormWithQuotedAnnotations(@TempDir Path dir) throws IOException {
    String address = generate(dir).text("src/owners_sdk/models/_address.py");
    assertThat(address).contains("AddressParam2 = TypedDict(\n    \"AddressParam2\",\n    {\n"
        + "        \"from\": \"Required[str]\",\n        \"post-code\": \"Optional[str]\",\n    },\n    total=False,\n)");
  }

  @Test
  void aClassFormKeysByWireNameWithRequiredKeysMarked(@TempDir Path dir) throws IOException {
    String label = generate(dir).text("src/owners_sdk/models/_label.py");
    assertThat(label).contains("class LabelParam(TypedDict, total=False):\n");
    assertThat(label).contains("    name: Required[str]\n    color: Union[_models.LabelColor, str]\n");
    assertThat(label).contains("    audit: Optional[_models.LabelAudit] = None\n");
    assertThat(label).contains("from typing_extensions import Required, TypedDict\n");
  }

  @Test
  void onlyModelsReachableFromInputsThroughWritablePropertiesGetOne(@TempDir Path dir) throws IOException {
    FileSet files = generate(dir);
    String models = files.text("src/owners_sdk/models/__init__.py");
    assertThat(models).contains("LabelAudit");
    assertThat(models).doesNotContain("LabelAuditParam");
    String label = files.text("src/owners_sdk/models/_label.py");
    assertThat(label.substring(label.indexOf("class LabelParam"))).doesNotContain("audit");
    assertThat(models).doesNotContain("OwnerParam");
  }
}
