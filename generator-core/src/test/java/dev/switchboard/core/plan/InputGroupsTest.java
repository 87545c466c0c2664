package dev.switchboard.core.plan;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.core.testing.Specs.openapi;

import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Groups of inputs of which a call must give at least one (docs/plan.md, "requireOneOf"). */
class InputGroupsTest {
  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics("test.yaml");

  private PlanOperation create(String extension) {
    String yaml = """
        paths:
          /Accounts/{AccountSid}/Messages.json:
            post:
              operationId: CreateMessage
              parameters:
                - {name: AccountSid, in: path, required: true, schema: {type: string}}
        """ + extension + """
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      required: [To]
                      properties:
                        To: {type: string}
                        From: {type: string}
                        MessagingServiceSid: {type: string}
                        Body: {type: string}
                        MediaUrl: {type: array, items: {type: string}}
              responses:
                '201': {description: created}
        """;
    return Planner.plan(Specs.lower(Specs.write(dir, "test.yaml", openapi(yaml)), diagnostics),
        SwitchboardConfig.EMPTY, diagnostics).operation("CreateMessage");
  }

  @Test
  void twilioConditionalNamesAreMatchedToWireNamesByTheirWords() {
    PlanOperation create = create("""
              x-twilio:
                conditional: [[from, messaging_service_sid], [body, media_url]]
        """);
    assertThat(create.requireOneOf()).containsExactly(List.of("From", "MessagingServiceSid"), List.of("Body", "MediaUrl"))
        .inOrder();
    assertThat(create.group(create.requireOneOf().get(0)).stream().map(Input::wire).toList())
        .containsExactly("From", "MessagingServiceSid").inOrder();
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void theFirstInputOfEachGroupGetsAnExampleSoReadmeCallsAreNotRefused() {
    PlanOperation create = create("""
              x-twilio:
                conditional: [[from, messaging_service_sid], [body, media_url]]
        """);
    List<String> exampled = create.inputs().stream().filter(i -> i.example().isPresent()).map(Input::wire).toList();
    assertThat(exampled).containsExactly("AccountSid", "To", "From", "Body").inOrder();
  }

  @Test
  void neutralExtensionTakesWireNamesAndRepeatedGroupsAreKeptOnce() {
    PlanOperation create = create("""
              x-switchboard-require-one-of: [[From, MessagingServiceSid]]
              x-twilio:
                conditional: [[from, messaging_service_sid]]
        """);
    assertThat(create.requireOneOf()).containsExactly(List.of("From", "MessagingServiceSid"));
  }

  @Test
  void aNameThatMatchesNoInputDropsItsGroupWithAWarning() {
    PlanOperation create = create("""
              x-twilio:
                conditional: [[from, sender_id], [body, media_url]]
        """);
    assertThat(create.requireOneOf()).containsExactly(List.of("Body", "MediaUrl"));
    List<Diagnostic> found = diagnostics.sorted();
    assertThat(found).hasSize(1);
    Diagnostic warning = found.get(0);
    assertThat(warning.file()).isEqualTo("test.yaml");
    assertThat(warning.location()).isEqualTo(
        "/paths/~1Accounts~1{AccountSid}~1Messages.json/post/x-twilio/conditional/0/1");
    assertThat(warning.message()).contains("'sender_id' names no input");
  }

  @Test
  void aGroupWithARequiredInputIsAlwaysMetAndABadShapeIsAWarning() {
    PlanOperation create = create("""
              x-twilio:
                conditional: [[to, from], 7, []]
        """);
    assertThat(create.requireOneOf()).isEmpty();
    assertThat(diagnostics.sorted().stream().map(Diagnostic::location).toList()).containsExactly(
        "/paths/~1Accounts~1{AccountSid}~1Messages.json/post/x-twilio/conditional/1",
        "/paths/~1Accounts~1{AccountSid}~1Messages.json/post/x-twilio/conditional/2");
  }
}
