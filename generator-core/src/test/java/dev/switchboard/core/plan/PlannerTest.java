package dev.switchboard.core.plan;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.core.testing.Specs.openapi;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per planning rule (docs/plan.md). */
class PlannerTest {
  @TempDir Path dir;

  private Plan plan(String yaml) {
    Diagnostics diagnostics = new Diagnostics("test.yaml");
    return Planner.plan(Specs.lower(Specs.write(dir, "test.yaml", openapi(yaml)), diagnostics));
  }

  private static Input input(PlanOperation operation, String wire) {
    return operation.inputs().stream().filter(i -> i.wire().equals(wire)).findFirst().orElseThrow();
  }

  private static List<String> keys(PlanOperation operation) {
    return operation.inputs().stream().map(i -> i.name().key()).toList();
  }

  private static final String MESSAGE_BODY = """
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      required: [To]
                      properties:
                        To: {type: string}
                        Body: {type: string}
                        Sid: {type: string, readOnly: true}
        """;

  @Test
  void requiredPropertiesOfAnOptionalBodyStayRequired() {
    Plan plan = plan("""
        paths:
          /Messages.json:
            post:
              operationId: CreateMessage
        """ + MESSAGE_BODY + """
              responses:
                '201': {description: created}
        """);
    PlanOperation create = plan.operation("CreateMessage");
    assertThat(input(create, "To").required()).isTrue();
    assertThat(input(create, "Body").required()).isFalse();
    assertThat(input(create, "To").location()).isEqualTo(Input.Location.BODY_FIELD);
    assertThat(create.body().orElseThrow().required()).isTrue();
    assertThat(create.body().orElseThrow().flattened()).isTrue();
    assertThat(create.hasRequiredInputs()).isTrue();
  }

  @Test
  void readOnlyPropertiesAreNotInputs() {
    Plan plan = plan("""
        paths:
          /Messages.json:
            post:
              operationId: CreateMessage
        """ + MESSAGE_BODY + """
              responses:
                '201': {description: created}
        """);
    assertThat(plan.operation("CreateMessage").inputs().stream().map(Input::wire).toList())
        .containsExactly("To", "Body").inOrder();
  }

  @Test
  void bodiesOfGetAndHeadAreDroppedButDeleteKeepsItsBody() {
    Plan plan = plan("""
        paths:
          /things:
            get:
              operationId: listThings
              parameters:
                - {name: limit, in: query, schema: {type: integer}}
              requestBody:
                content:
                  application/json:
                    schema: {type: object, properties: {filter: {type: string}}}
              responses:
                '200': {description: ok}
            delete:
              operationId: deleteThings
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {type: array, items: {type: string}}
              responses:
                '204': {description: gone}
        """);
    PlanOperation list = plan.operation("listThings");
    assertThat(list.bodyDropped()).isTrue();
    assertThat(list.body()).isEmpty();
    assertThat(list.inputs().stream().map(Input::wire).toList()).containsExactly("limit");
    PlanOperation delete = plan.operation("deleteThings");
    assertThat(delete.bodyDropped()).isFalse();
    Input body = delete.inputs().get(0);
    assertThat(body.location()).isEqualTo(Input.Location.BODY);
    assertThat(body.name().key()).isEqualTo("body");
    assertThat(body.required()).isTrue();
  }

  @Test
  void clashingNamesAreRenamedAndRecorded() {
    Plan plan = plan("""
        paths:
          /things/{id}:
            post:
              operationId: updateThing
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: ID, in: query, schema: {type: string}}
                - {name: body, in: header, schema: {type: string}}
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        id: {type: string}
                        name: {type: string}
              responses:
                '200': {description: ok}
            put:
              operationId: replaceThing
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: body, in: query, schema: {type: string}}
              requestBody:
                content:
                  text/plain:
                    schema: {type: string}
              responses:
                '200': {description: ok}
        """);
    assertThat(keys(plan.operation("updateThing"))).containsExactly("id", "id 2", "body", "body id", "name").inOrder();
    assertThat(keys(plan.operation("replaceThing"))).containsExactly("id", "body", "request body").inOrder();
    assertThat(plan.renames()).contains(
        new Rename("api/resource things/operation updateThing", "id", "body id", "taken"));
    assertThat(plan.renames()).contains(
        new Rename("api/resource things/operation replaceThing", "body", "request body", "taken"));
    assertThat(plan.renames()).hasSize(3);
  }

  @Test
  void pathParametersFollowThePathAndRequiredPathParametersAreRequired() {
    Plan plan = plan("""
        paths:
          /a/{second}/b/{first}:
            get:
              operationId: getB
              parameters:
                - {name: q, in: query, required: true, schema: {type: string}}
                - {name: first, in: path, required: true, schema: {type: string}}
                - {name: second, in: path, required: true, schema: {type: string}}
              responses:
                '204': {description: none}
        """);
    PlanOperation get = plan.operation("getB");
    assertThat(get.inputs().stream().map(Input::wire).toList()).containsExactly("second", "first", "q").inOrder();
    assertThat(get.inputs().stream().allMatch(Input::required)).isTrue();
  }

  @Test
  void resultShapes() {
    Plan plan = plan("""
        paths:
          /model:
            get:
              operationId: getModel
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
          /list:
            get:
              operationId: getList
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Things'}}}}
          /paged:
            get:
              operationId: getPaged
              x-pagination: {style: cursor, items: data, cursor-param: cursor, next-cursor: next_cursor}
              parameters:
                - {name: cursor, in: query, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          data: {type: array, items: {$ref: '#/components/schemas/Thing'}}
                          next_cursor: {type: string}
          /events:
            get:
              operationId: getEvents
              responses:
                '200': {description: ok, content: {text/event-stream: {schema: {$ref: '#/components/schemas/Thing'}}}}
          /file:
            get:
              operationId: getFile
              responses:
                '200': {description: ok, content: {application/pdf: {schema: {type: string, format: binary}}}}
          /text:
            get:
              operationId: getText
              responses:
                '200': {description: ok, content: {text/csv: {schema: {type: string}}}}
          /none:
            post:
              operationId: postNone
              responses:
                '202': {description: accepted}
            delete:
              operationId: deleteNone
              responses:
                '204': {description: gone}
                '404': {description: missing, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
                '500': {description: broken}
        components:
          schemas:
            Thing: {type: object, properties: {id: {type: string}}}
            Things: {type: array, items: {$ref: '#/components/schemas/Thing'}}
        """);
    assertThat(plan.operation("getModel").result()).isInstanceOf(Result.Model.class);
    assertThat(plan.operation("getList").result()).isInstanceOf(Result.ListOf.class);
    Result.Paged paged = (Result.Paged) plan.operation("getPaged").result();
    assertThat(paged.itemType()).isEqualTo(TypeRef.named("Thing"));
    assertThat(paged.pagination()).isInstanceOf(Pagination.Cursor.class);
    assertThat(plan.operation("getEvents").result()).isInstanceOf(Result.Stream.class);
    assertThat(plan.operation("getFile").result()).isEqualTo(new Result.Binary("application/pdf"));
    assertThat(plan.operation("getText").result()).isEqualTo(new Result.Text("text/csv"));
    assertThat(plan.operation("postNone").result()).isEqualTo(new Result.None());
    PlanOperation none = plan.operation("deleteNone");
    assertThat(none.result()).isEqualTo(new Result.Deleted());
    assertThat(none.errors()).containsExactly(
        new ErrorBody("404", java.util.Optional.of(TypeRef.named("Thing"))),
        new ErrorBody("500", java.util.Optional.empty())).inOrder();
  }

  private static final String PAGED_RESPONSE = """
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          data: {type: array, items: {type: string}}
                          next_cursor: {type: string}
        """;

  @Test
  void theItemLimitIsCalledLimitUnlessAnInputIsAndThenMaxItemsWithARename() {
    Plan plan = plan("""
        paths:
          /plain:
            get:
              operationId: listPlain
              x-pagination: {style: cursor, items: data, cursor-param: cursor, next-cursor: next_cursor}
              parameters:
                - {name: cursor, in: query, schema: {type: string}}
        """ + PAGED_RESPONSE + """
          /sized:
            get:
              operationId: listSized
              x-pagination: {style: cursor, items: data, cursor-param: starting_after, next-cursor: next_cursor}
              parameters:
                - {name: limit, in: query, schema: {type: integer}}
                - {name: starting_after, in: query, schema: {type: string}}
        """ + PAGED_RESPONSE + """
          /both:
            get:
              operationId: listBoth
              x-pagination: {style: cursor, items: data, cursor-param: cursor, next-cursor: next_cursor}
              parameters:
                - {name: limit, in: query, schema: {type: integer}}
                - {name: max_items, in: query, schema: {type: integer}}
                - {name: cursor, in: query, schema: {type: string}}
        """ + PAGED_RESPONSE);
    assertThat(((Result.Paged) plan.operation("listPlain").result()).itemLimit().key()).isEqualTo("limit");
    assertThat(((Result.Paged) plan.operation("listSized").result()).itemLimit().key()).isEqualTo("max items");
    assertThat(((Result.Paged) plan.operation("listBoth").result()).itemLimit().key()).isEqualTo("max items 2");
    assertThat(plan.renames().stream().filter(r -> r.scope().endsWith("operation listSized"))
        .map(r -> r.wanted() + " -> " + r.given() + " (" + r.reason() + ")").toList())
        .containsExactly("limit -> max items (taken)");
    assertThat(keys(plan.operation("listSized"))).containsExactly("limit", "starting after").inOrder();
  }
  @Test
  void anItemLimitAsksForPagesOfItsSizeOnlyWhereTheSpecBoundsThePageSize() {
    Plan plan = plan("""
        paths:
          /bounded:
            get:
              operationId: listBounded
              x-pagination: {style: cursor, items: data, cursor-param: cursor, next-cursor: next_cursor}
              parameters:
                - {name: cursor, in: query, schema: {type: string}}
                - {name: PageSize, in: query, schema: {type: integer, format: int64, minimum: 1, maximum: 1000}}
        """ + PAGED_RESPONSE + """
          /unbounded:
            get:
              operationId: listUnbounded
              x-pagination: {style: cursor, items: data, cursor-param: cursor, next-cursor: next_cursor}
              parameters:
                - {name: cursor, in: query, schema: {type: string}}
                - {name: per_page, in: query, schema: {type: integer, default: 30}}
        """ + PAGED_RESPONSE + """
          /text:
            get:
              operationId: listText
              x-pagination: {style: cursor, items: data, cursor-param: cursor, next-cursor: next_cursor}
              parameters:
                - {name: cursor, in: query, schema: {type: string}}
                - {name: size, in: query, schema: {type: string, maximum: 10}}
        """ + PAGED_RESPONSE);
    assertThat(((Result.Paged) plan.operation("listBounded").result()).pageSize())
        .hasValue(new Result.PageSize("PageSize", 1000));
    assertThat(((Result.Paged) plan.operation("listUnbounded").result()).pageSize()).isEmpty();
    assertThat(((Result.Paged) plan.operation("listText").result()).pageSize()).isEmpty();
    assertThat(PlanJson.write(plan)).contains("\"pageSize\" : {\n");
  }


  @Test
  void serversKeepTheirTemplateAndVariablesAndTheFirstIsTheDefault() {
    Plan plan = plan("""
        servers:
          - url: https://{region}.example.test/{version}
            variables:
              region: {default: us1, enum: [us1, eu1], description: Where data lives.}
              version: {default: v2}
          - url: https://backup.example.test
        paths:
          /things:
            get:
              operationId: listThings
              responses:
                '204': {description: none}
                4xx: {description: client error}
        """);
    PlanServer first = plan.defaultServer().orElseThrow();
    assertThat(first.url()).isEqualTo("https://{region}.example.test/{version}");
    assertThat(first.defaultUrl()).isEqualTo("https://us1.example.test/v2");
    assertThat(first.variables().get(0).allowedValues()).containsExactly("us1", "eu1").inOrder();
    assertThat(first.variables().get(0).description()).hasValue("Where data lives.");
    assertThat(plan.servers().get(1).variables()).isEmpty();
    assertThat(plan.operation("listThings").errors().get(0).statusKey()).isEqualTo("4XX");
  }

  @Test
  void methodNamesAreUniqueInTheirResource() {
    Plan plan = plan("""
        tags: [{name: things}]
        paths:
          /things:
            get: {operationId: listThings, tags: [things], responses: {'204': {description: ok}}}
            post: {operationId: createThing, tags: [things], responses: {'204': {description: ok}}}
        """);
    PlanResource things = plan.resources().get(0);
    assertThat(things.operations().stream().map(o -> o.method().key()).toList()).containsExactly("list", "create");
  }
}
