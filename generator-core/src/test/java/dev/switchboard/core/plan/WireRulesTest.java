package dev.switchboard.core.plan;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.core.testing.Specs.openapi;

import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How form fields are written, where error codes are, idempotency keys and default headers (docs/plan.md). */
class WireRulesTest {
  @TempDir Path dir;

  private Plan plan(String yaml, String config) throws Exception {
    Diagnostics diagnostics = new Diagnostics("test.yaml");
    Path file = dir.resolve("switchboard.yaml");
    Files.writeString(file, config);
    return Planner.plan(Specs.lower(Specs.write(dir, "test.yaml", openapi(yaml)), diagnostics), SwitchboardConfig.read(file));
  }

  private Plan plan(String yaml) throws Exception {
    return plan(yaml, "");
  }

  private static String formPost(String parameterStyle, String encoding) {
    return """
        paths:
          /items:
            get:
              operationId: listItems
              parameters:
                - {name: expand, in: query, style: %s, explode: true, schema: {type: array, items: {type: string}}}
              responses:
                '200': {description: ok}
            post:
              operationId: createItem
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      properties:
                        name: {type: string}
                        tags: {type: array, items: {type: string}}
                        metadata: {type: object, additionalProperties: {type: string}}
                    encoding: %s
              responses:
                '201': {description: created}
        """.formatted(parameterStyle, encoding);
  }

  private static Map<String, FieldEncoding> encodings(Plan plan) {
    Map<String, FieldEncoding> byField = new java.util.LinkedHashMap<>();
    plan.operation("createItem").body().orElseThrow().encodings().forEach(e -> byField.put(e.field(), e));
    return byField;
  }

  @Test
  void formFieldsFollowDeepObjectParametersWhenTheBodySaysNothing() throws Exception {
    Map<String, FieldEncoding> deep = encodings(plan(formPost("deepObject", "{}")));
    assertThat(deep.keySet()).containsExactly("tags", "metadata").inOrder();
    assertThat(deep.get("tags").style()).hasValue(Parameter.Style.DEEP_OBJECT);
    assertThat(deep.get("metadata").style()).hasValue(Parameter.Style.DEEP_OBJECT);
  }

  @Test
  void withoutDeepObjectParametersArraysRepeatTheirKeyAndObjectsUseBrackets() throws Exception {
    Map<String, FieldEncoding> plain = encodings(plan(formPost("form", "{}")));
    assertThat(plain.get("tags").style()).hasValue(Parameter.Style.FORM);
    assertThat(plain.get("tags").explode()).isTrue();
    assertThat(plain.get("metadata").style()).hasValue(Parameter.Style.DEEP_OBJECT);
  }

  @Test
  void anExplicitEncodingWinsOverTheParameters() throws Exception {
    Map<String, FieldEncoding> explicit = encodings(plan(formPost("deepObject",
        "{tags: {style: form, explode: false}, metadata: {style: form}, name: {contentType: text/plain}}")));
    assertThat(explicit.get("tags").style()).hasValue(Parameter.Style.FORM);
    assertThat(explicit.get("tags").explode()).isFalse();
    assertThat(explicit.get("metadata").style()).hasValue(Parameter.Style.FORM);
    assertThat(explicit.get("metadata").explode()).isTrue();
    assertThat(explicit.get("name").style()).isEmpty();
    assertThat(explicit.get("name").contentType()).hasValue("text/plain");
  }

  private static final String ERRORS = """
      paths:
        /charges:
          post:
            operationId: createCharge
            responses:
              '201': {description: created}
              '402':
                description: declined
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        error:
                          type: object
                          properties:
                            code: {type: string}
                            message: {type: string}
                            decline_code: {type: string}
              '404':
                description: missing
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        code: {type: integer}
                        detail: {type: string}
              '500': {description: broken}
      """;

  @Test
  void errorCodeAndMessageAreFoundByConvention() throws Exception {
    List<ErrorBody> errors = plan(ERRORS).operation("createCharge").errors();
    assertThat(errors.get(0).code()).containsExactly("error", "code").inOrder();
    assertThat(errors.get(0).message()).containsExactly("error", "message").inOrder();
    assertThat(errors.get(1).code()).containsExactly("code");
    assertThat(errors.get(1).message()).containsExactly("detail");
    assertThat(errors.get(2).code()).isEmpty();
    assertThat(errors.get(2).message()).isEmpty();
  }

  @Test
  void theConfigNamesTheErrorFields() throws Exception {
    List<ErrorBody> errors = plan(ERRORS, "errors: {code: error.decline_code, message: error.message}\n")
        .operation("createCharge").errors();
    assertThat(errors.get(1).code()).containsExactly("error", "decline_code").inOrder();
    assertThat(errors.get(1).message()).containsExactly("error", "message").inOrder();
  }

  @Test
  void theConfigGivesPostsAnIdempotencyHeaderExceptTheOnesItNames() throws Exception {
    String spec = """
        paths:
          /a:
            post: {operationId: createA, responses: {'201': {description: created}}}
            get: {operationId: listA, responses: {'200': {description: ok}}}
          /b:
            post: {operationId: createB, responses: {'201': {description: created}}}
          /c:
            post:
              operationId: createC
              parameters: [{name: X-Idempotency-Key, in: header, schema: {type: string}}]
              responses: {'201': {description: created}}
        """;
    Plan plan = plan(spec, "idempotency: {header: Idempotency-Key, except: [createB]}\n");
    assertThat(plan.operation("createA").idempotencyHeader()).hasValue("Idempotency-Key");
    assertThat(plan.operation("listA").idempotencyHeader()).isEmpty();
    assertThat(plan.operation("createB").idempotencyHeader()).isEmpty();
    assertThat(plan.operation("createC").idempotencyHeader()).hasValue("X-Idempotency-Key");
    assertThat(plan(spec).operation("createA").idempotencyHeader()).isEqualTo(Optional.empty());
  }

  @Test
  void defaultHeadersComeFromTheConfigInItsOrder() throws Exception {
    Plan plan = plan("paths: {}\n", "headers: {X-GitHub-Api-Version: \"2022-11-28\", X-Trace: \"on\"}\n");
    assertThat(plan.headers()).containsExactly("X-GitHub-Api-Version", "2022-11-28", "X-Trace", "on").inOrder();
  }
}
