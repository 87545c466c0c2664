package dev.switchboard.core.diff;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.switchboard.core.testing.Specs.openapi;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.plan.Planner;
import dev.switchboard.core.testing.Specs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of change, found where the SDK user meets it, with its impact per language. */
class ApiDiffTest {
  /** Python passes path parameters by position; TypeScript takes enum values as strings. */
  private static final Map<String, Compatibility> LANGUAGES = Map.of(
      "python", new Compatibility(Map.of(ChangeKind.PATH_PARAMETERS_REORDERED, Impact.BREAKING)),
      "typescript", new Compatibility(Map.of(ChangeKind.ENUM_REPLACED_BY_STRING, Impact.FEATURE)),
      "java", new Compatibility(Map.of(ChangeKind.PROPERTY_NOW_REQUIRED, Impact.BREAKING)));

  private static final String BASE = """
      servers: [{url: 'https://api.example.test'}]
      components:
        securitySchemes:
          basic: {type: http, scheme: basic}
        schemas:
          Message:
            type: object
            required: [sid]
            properties:
              sid: {type: string, description: The id.}
              status: {$ref: '#/components/schemas/Status'}
              body: {type: string}
          Status: {type: string, enum: [queued, sent]}
      security: [{basic: []}]
      paths:
        /accounts/{AccountSid}/messages/{Sid}:
          parameters:
            - {name: AccountSid, in: path, required: true, schema: {type: string}}
            - {name: Sid, in: path, required: true, schema: {type: string}}
          get:
            operationId: FetchMessage
            summary: Fetch a message
            parameters:
              - {name: Fields, in: query, schema: {type: string}}
            responses:
              '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Message'}}}}
        /messages:
          get:
            operationId: ListAll
            parameters:
              - {name: Status, in: query, schema: {$ref: '#/components/schemas/Status'}}
            responses:
              '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Message'}}}}
      """;

  @TempDir Path dir;

  private ApiDiff.Version version(String name, String yaml) {
    Diagnostics diagnostics = new Diagnostics(name);
    Api api = Specs.lower(Specs.write(dir, name, openapi(yaml)), diagnostics);
    return new ApiDiff.Version(api, Planner.plan(api));
  }

  private List<Change> diff(String changed) {
    return ApiDiff.compare(version("old.yaml", BASE), version("new.yaml", changed), LANGUAGES);
  }

  private static Change only(List<Change> changes, ChangeKind kind) {
    List<Change> found = changes.stream().filter(c -> c.kind() == kind).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void theSameSpecHasNoChanges() {
    assertThat(diff(BASE)).isEmpty();
  }

  @Test
  void aRemovedOperationBreaksEveryLanguageAndAnAddedOneIsAFeature() {
    String changed = BASE.replace("  /messages:\n    get:\n      operationId: ListAll",
        "  /all-messages:\n    get:\n      operationId: ListEvery");
    List<Change> changes = diff(changed);
    Change removed = only(changes, ChangeKind.OPERATION_REMOVED);
    assertThat(removed.subject()).isEqualTo("operation ListAll");
    assertThat(removed.location()).isEqualTo("/paths/~1messages/get");
    assertThat(removed.impact()).containsExactly("java", Impact.BREAKING, "python", Impact.BREAKING,
        "typescript", Impact.BREAKING);
    assertThat(only(changes, ChangeKind.OPERATION_ADDED).impact().get("python")).isEqualTo(Impact.FEATURE);
  }

  @Test
  void aNewOptionalParameterIsAFeatureAndANewRequiredOneBreaks() {
    Change optional = only(diff(BASE.replace("- {name: Fields, in: query, schema: {type: string}}",
        "- {name: Fields, in: query, schema: {type: string}}\n        - {name: Page, in: query, schema: {type: integer}}")),
        ChangeKind.OPTIONAL_INPUT_ADDED);
    assertThat(optional.subject()).isEqualTo("operation FetchMessage input Page");
    assertThat(optional.worst()).isEqualTo(Impact.FEATURE);
    Change required = only(diff(BASE.replace("- {name: Fields, in: query, schema: {type: string}}",
        "- {name: Fields, in: query, schema: {type: string}}\n        - {name: To, in: query, required: true, schema: {type: string}}")),
        ChangeKind.REQUIRED_INPUT_ADDED);
    assertThat(required.worst()).isEqualTo(Impact.BREAKING);
  }

  @Test
  void requirednessAndTypeChangesOfAnInputAndItsRemoval() {
    assertThat(only(diff(BASE.replace("- {name: Fields, in: query, schema: {type: string}}",
        "- {name: Fields, in: query, required: true, schema: {type: string}}")), ChangeKind.INPUT_NOW_REQUIRED).worst())
        .isEqualTo(Impact.BREAKING);
    Change type = only(diff(BASE.replace("- {name: Fields, in: query, schema: {type: string}}",
        "- {name: Fields, in: query, schema: {type: integer}}")), ChangeKind.INPUT_TYPE_CHANGED);
    assertThat(type.detail()).isEqualTo("string -> integer");
    assertThat(only(diff(BASE.replace("      parameters:\n        - {name: Fields, in: query, schema: {type: string}}\n", "")),
        ChangeKind.INPUT_REMOVED).subject()).isEqualTo("operation FetchMessage input Fields");
  }

  @Test
  void reorderedPathParametersBreakOnlyWherePathParametersArePositional() {
    Change reordered = only(diff(BASE.replace("/accounts/{AccountSid}/messages/{Sid}", "/messages/{Sid}/accounts/{AccountSid}")
        .replace("- {name: AccountSid, in: path", "- {name: PLACEHOLDER, in: path")
        .replace("- {name: Sid, in: path", "- {name: AccountSid, in: path")
        .replace("- {name: PLACEHOLDER, in: path", "- {name: Sid, in: path")),
        ChangeKind.PATH_PARAMETERS_REORDERED);
    assertThat(reordered.impact()).containsExactly("java", Impact.FIX, "python", Impact.BREAKING,
        "typescript", Impact.FIX);
  }

  @Test
  void propertiesAddedRemovedAndMadeRequiredOrOptional() {
    List<Change> changes = diff(BASE.replace("        body: {type: string}\n",
        "        price: {type: number}\n").replace("required: [sid]", "required: [sid, status]"));
    assertThat(only(changes, ChangeKind.PROPERTY_REMOVED).subject()).isEqualTo("type Message property body");
    assertThat(only(changes, ChangeKind.PROPERTY_ADDED).subject()).isEqualTo("type Message property price");
    assertThat(only(changes, ChangeKind.PROPERTY_NOW_REQUIRED).impact()).containsExactly("java", Impact.BREAKING,
        "python", Impact.FEATURE, "typescript", Impact.FEATURE);
    assertThat(only(diff(BASE.replace("required: [sid]", "required: []")), ChangeKind.PROPERTY_NOW_OPTIONAL).worst())
        .isEqualTo(Impact.BREAKING);
  }

  @Test
  void enumValuesAddedAndRemoved() {
    List<Change> changes = diff(BASE.replace("enum: [queued, sent]", "enum: [queued, delivered]"));
    assertThat(only(changes, ChangeKind.ENUM_VALUE_ADDED).detail()).isEqualTo("\"delivered\"");
    assertThat(only(changes, ChangeKind.ENUM_VALUE_REMOVED).worst()).isEqualTo(Impact.BREAKING);
  }

  @Test
  void anEnumReplacedByAStringIsOneChangeThatBreaksOnlyWhereTheEnumWasAType() {
    List<Change> changes = diff(BASE.replace("status: {$ref: '#/components/schemas/Status'}", "status: {type: string}")
        .replace("- {name: Status, in: query, schema: {$ref: '#/components/schemas/Status'}}",
            "- {name: Status, in: query, schema: {type: string}}")
        .replace("    Status: {type: string, enum: [queued, sent]}\n", ""));
    assertThat(changes).hasSize(1);
    Change replaced = changes.get(0);
    assertThat(replaced.kind()).isEqualTo(ChangeKind.ENUM_REPLACED_BY_STRING);
    assertThat(replaced.detail()).isEqualTo("now a string in operation ListAll input Status, type Message property status");
    assertThat(replaced.impact()).containsExactly("java", Impact.BREAKING, "python", Impact.BREAKING,
        "typescript", Impact.FEATURE);
  }

  @Test
  void aDescriptionOnlyChangeIsAFix() {
    List<Change> changes = diff(BASE.replace("description: The id.", "description: The message's id."));
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).kind()).isEqualTo(ChangeKind.DOCS_CHANGED);
    assertThat(changes.get(0).worst()).isEqualTo(Impact.FIX);
    DiffReport report = DiffReport.of(List.of("python"), changes);
    assertThat(report.reaches(Impact.FIX)).isTrue();
    assertThat(report.reaches(Impact.FEATURE)).isFalse();
  }

  @Test
  void serverAndSecuritySchemeChanges() {
    List<Change> changes = diff(BASE.replace("https://api.example.test", "https://api.example.com")
        .replace("basic: {type: http, scheme: basic}", "token: {type: http, scheme: bearer}")
        .replace("security: [{basic: []}]", "security: [{token: []}]"));
    assertThat(only(changes, ChangeKind.SERVER_CHANGED).detail())
        .isEqualTo("https://api.example.test -> https://api.example.com");
    assertThat(only(changes, ChangeKind.AUTH_REMOVED).worst()).isEqualTo(Impact.BREAKING);
    assertThat(only(changes, ChangeKind.AUTH_ADDED).worst()).isEqualTo(Impact.FEATURE);
  }

  @Test
  void theReportSummarisesEachLanguageAsTextAndJson() throws Exception {
    List<Change> changes = diff(BASE.replace("enum: [queued, sent]", "enum: [queued, sent, failed]")
        .replace("description: The id.", "description: Its id."));
    DiffReport report = DiffReport.of(List.of("python", "typescript"), changes);
    assertWithMessage(report.text()).that(report.text()).contains("python: feature (1 feature, 1 fix)\ntypescript: feature (1 feature, 1 fix)\n");
    assertThat(report.text()).contains(": enum value added: type Status (\"failed\") [feature: java, python, typescript]\n");
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    report.writeJson(json);
    String text = json.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("\"kind\" : \"enum-value-added\"");
    assertThat(text).contains("\"impact\" : \"feature\"");
    assertThat(DiffReport.of(List.of("python"), List.of()).text()).isEqualTo("no changes\npython: no change\n");
  }
}
