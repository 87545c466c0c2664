package dev.switchboard.core.plan;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.core.testing.Specs.openapi;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Personal data and credentials every SDK masks (docs/plan.md, "Redaction"). */
class RedactionTest {
  private static final String SPEC = """
      components:
        securitySchemes:
          basicAuth: {type: http, scheme: basic}
          keyHeader: {type: apiKey, in: header, name: X-Api-Key}
          keyQuery: {type: apiKey, in: query, name: api_key}
        schemas:
          Person:
            type: object
            properties:
              id: {type: string}
              phone:
                type: string
                x-twilio: {pii: {handling: standard, deleteSla: 30}}
              email: {type: string, x-switchboard-sensitive: true}
              nickname: {type: string, x-twilio: {pii: {handling: standard}}, x-switchboard-sensitive: false}
              note: {type: string, x-switchboard-sensitive: 'yes'}
          Employee:
            allOf:
              - $ref: '#/components/schemas/Person'
              - type: object
                properties:
                  badge: {type: string}
      security: [{basicAuth: []}, {keyHeader: []}, {keyQuery: []}]
      paths:
        /people:
          get:
            operationId: listPeople
            parameters:
              - {name: Email, in: query, schema: {type: string}, x-twilio: {pii: {handling: standard, deleteSla: 30}}}
              - {name: PageSize, in: query, schema: {type: integer}}
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Employee'}
        /people/{PhoneNumber}/{Id}:
          get:
            operationId: fetchPerson
            parameters:
              - {name: PhoneNumber, in: path, required: true, schema: {type: string}, x-twilio: {pii: {handling: standard}}}
              - {name: Id, in: path, required: true, schema: {type: string}}
            responses: {'204': {description: ok}}
      """;

  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics("test.yaml");

  private Plan plan(String config) throws Exception {
    Path file = dir.resolve("switchboard.yaml");
    Files.writeString(file, config);
    return Planner.plan(Specs.lower(Specs.write(dir, "test.yaml", openapi(SPEC)), diagnostics),
        SwitchboardConfig.read(file), diagnostics);
  }

  @Test
  void twilioPiiAndTheNeutralExtensionMarkPropertiesEvenThroughAllOf() throws Exception {
    Redaction redaction = plan("clientName: People\n").redaction();
    assertThat(redaction.fields("Person")).containsExactly("phone", "email").inOrder();
    assertThat(redaction.fields("Employee")).containsExactly("phone", "email").inOrder();
    assertThat(redaction.sensitive("Person", "nickname")).isFalse();
    assertThat(redaction.mask()).isEqualTo("***");
  }

  @Test
  void aNeutralExtensionThatIsNotABooleanIsAWarningAtItsPointer() throws Exception {
    plan("clientName: People\n");
    assertThat(diagnostics.sorted().stream().map(Diagnostic::location).toList())
        .contains("/components/schemas/Person/properties/note/x-switchboard-sensitive");
  }

  @Test
  void credentialsOfTheAuthAndTheConfigsHeadersAreRedacted() throws Exception {
    Redaction redaction = plan("clientName: People\nlogging: {redact-headers: [X-Session-Token]}\n").redaction();
    assertThat(redaction.headers())
        .containsExactly("authorization", "cookie", "proxy-authorization", "x-api-key", "x-session-token").inOrder();
    assertThat(redaction.query()).isEqualTo(List.of("Email", "api_key"));
  }

  @Test
  void personalQueryParametersAreMaskedInLoggedUrls() throws Exception {
    Plan plan = plan("clientName: People\n");
    assertThat(plan.redaction().query()).contains("Email");
    assertThat(plan.redaction().query()).doesNotContain("PageSize");
  }

  @Test
  void personalPathParametersAreMaskedInLoggedUrls() throws Exception {
    Redaction redaction = plan("clientName: People\n").redaction();
    assertThat(redaction.path()).containsExactly("PhoneNumber");
    assertThat(redaction.query()).doesNotContain("PhoneNumber");
  }

  @Test
  void aRedactedHeaderMustBeAHeaderName() throws Exception {
    Path file = dir.resolve("switchboard.yaml");
    Files.writeString(file, "logging: {redact-headers: ['X Token']}\n");
    String message = assertThrows(ConfigException.class, () -> SwitchboardConfig.read(file)).getMessage();
    assertThat(message).contains("logging.redact-headers[0]: expected a header name");
  }
}
