package dev.switchboard.core.lower;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.core.testing.Specs.openapi;

import dev.switchboard.core.diagnostics.Diagnostic;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.SecurityScheme;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LowererTest {
  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics("test.yaml");

  private Api lower(String yaml) {
    return Specs.lower(Specs.write(dir, "test.yaml", yaml), diagnostics);
  }

  private static TypeDecl.ObjectType object(Api api, String id) {
    return (TypeDecl.ObjectType) api.typesById().get(id);
  }

  private static Operation operation(Api api, String id) {
    return api.operations().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }

  private static TypeRef propertyType(Api api, String id, String wire) {
    return object(api, id).property(wire).orElseThrow().type();
  }

  @Test
  void namesInlineTypesAfterWhereTheyAppear() {
    Api api = lower(openapi("""
        paths:
          /calls:
            post:
              operationId: createCall
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        machine_detection:
                          type: object
                          properties: {enabled: {type: boolean}}
                        media:
                          type: array
                          items: {type: object, properties: {url: {type: string}}}
                        status: {type: string, enum: [a, b]}
              responses:
                '201': {description: ok}
        """));
    assertThat(api.typesById().keySet()).containsExactly(
        "CreateCallRequest", "CreateCallRequestMachineDetection", "CreateCallRequestMediaItem", "CreateCallRequestStatus");
    assertThat(propertyType(api, "CreateCallRequest", "media"))
        .isEqualTo(new TypeRef.ListOf(TypeRef.named("CreateCallRequestMediaItem"), false));
  }

  @Test
  void tellsNullFromAbsentAcrossVersions() {
    Api api = lower(openapi("""
        components:
          schemas:
            Thing:
              type: object
              required: [a]
              properties:
                a: {type: [string, 'null']}
                b: {type: integer, format: int64}
                c:
                  oneOf:
                    - {$ref: '#/components/schemas/Other'}
                    - {type: 'null'}
            Other: {type: object, properties: {x: {type: string}}}
        """));
    Property a = object(api, "Thing").property("a").orElseThrow();
    assertThat(a.required()).isTrue();
    assertThat(a.type()).isEqualTo(TypeRef.primitive(Primitive.STRING).nullable());
    assertThat(propertyType(api, "Thing", "b")).isEqualTo(TypeRef.primitive(Primitive.INT64));
    assertThat(propertyType(api, "Thing", "c")).isEqualTo(TypeRef.named("Other").nullable());
  }

  @Test
  void readsOpenApi30Nullable() {
    Api api = lower("""
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths: {}
        components:
          schemas:
            Thing:
              type: object
              properties:
                a: {type: string, nullable: true}
                e: {type: string, enum: [x, null], nullable: true}
        """);
    assertThat(propertyType(api, "Thing", "a")).isEqualTo(TypeRef.primitive(Primitive.STRING).nullable());
    assertThat(propertyType(api, "Thing", "e")).isEqualTo(TypeRef.named("ThingE").nullable());
    TypeDecl.EnumType e = (TypeDecl.EnumType) api.typesById().get("ThingE");
    assertThat(e.values()).hasSize(1);
  }

  @Test
  void flattensAllOfAndRecordsParents() {
    Api api = lower(openapi("""
        components:
          schemas:
            Base:
              type: object
              required: [id]
              properties: {id: {type: string}, kind: {type: string}}
            Child:
              allOf:
                - $ref: '#/components/schemas/Base'
                - type: object
                  required: [extra]
                  properties: {extra: {type: boolean}, kind: {type: string, description: narrowed}}
            Alias:
              description: only documents the reference
              allOf:
                - $ref: '#/components/schemas/Base'
        """));
    TypeDecl.ObjectType child = object(api, "Child");
    assertThat(child.parents()).containsExactly("Base");
    assertThat(child.properties().stream().map(p -> p.name().wire()).toList()).containsExactly("id", "kind", "extra").inOrder();
    assertThat(child.properties().stream().filter(Property::required).map(p -> p.name().wire()).toList()).containsExactly("id", "extra");
    assertThat(child.property("kind").orElseThrow().docs().description()).hasValue("narrowed");
    TypeDecl.AliasType alias = (TypeDecl.AliasType) api.typesById().get("Alias");
    assertThat(alias.target()).isEqualTo(TypeRef.named("Base"));
  }

  @Test
  void lowersDiscriminatedUnionsWithMappingAndDefaults() {
    Api api = lower(openapi("""
        components:
          schemas:
            Pet:
              oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
              discriminator:
                propertyName: pet_type
                mapping: {kitty: '#/components/schemas/Cat'}
            Cat: {type: object, properties: {pet_type: {type: string}}}
            Dog: {type: object, properties: {pet_type: {type: string}}}
            Scalar:
              anyOf: [{type: string}, {type: integer}]
        """));
    TypeDecl.UnionType pet = (TypeDecl.UnionType) api.typesById().get("Pet");
    assertThat(pet.discriminator().orElseThrow().property().wire()).isEqualTo("pet_type");
    assertThat(pet.variants().get(0).discriminatorValues()).containsExactly("kitty");
    assertThat(pet.variants().get(1).discriminatorValues()).containsExactly("Dog");
    TypeDecl.UnionType scalar = (TypeDecl.UnionType) api.typesById().get("Scalar");
    assertThat(scalar.unionKind()).isEqualTo(TypeDecl.UnionKind.ANY_OF);
    assertThat(scalar.variants().stream().map(v -> v.name().key()).toList()).containsExactly("string", "integer").inOrder();
  }

  @Test
  void lowersMapsConstAndFreeForm() {
    Api api = lower(openapi("""
        components:
          schemas:
            Usage:
              type: object
              properties:
                kind: {const: usage}
                counters: {type: object, additionalProperties: {type: integer, format: int64}}
                raw: {description: anything}
                labels: {type: object, additionalProperties: true}
        """));
    assertThat(propertyType(api, "Usage", "kind")).isInstanceOf(TypeRef.Literal.class);
    assertThat(propertyType(api, "Usage", "counters")).isEqualTo(new TypeRef.MapOf(TypeRef.primitive(Primitive.INT64)));
    assertThat(propertyType(api, "Usage", "raw")).isEqualTo(new TypeRef.Any());
    assertThat(propertyType(api, "Usage", "labels")).isEqualTo(new TypeRef.MapOf(new TypeRef.Any()));
  }

  @Test
  void derivesStableOperationNamesAndGroupsByTagOrPath() {
    Api api = lower(openapi("""
        paths:
          /misc/reserved-words:
            post:
              tags: [Misc]
              responses: {'200': {description: ok}}
          /v1/widgets/{id}:
            get:
              operationId: fetchWidget
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses: {'200': {description: ok}}
        """));
    Operation derived = operation(api, "POST /misc/reserved-words");
    assertThat(derived.id()).isEqualTo("POST /misc/reserved-words");
    assertThat(derived.name().words()).containsExactly("create", "misc", "reserved", "words").inOrder();
    assertThat(derived.localName().words()).containsExactly("create", "reserved", "words").inOrder();
    assertThat(api.resources().stream().map(r -> r.name().key()).toList()).containsExactly("misc", "widgets").inOrder();
    assertThat(operation(api, "fetchWidget").localName().key()).isEqualTo("fetch");
  }

  @Test
  void dropsWordsSharedByAllResourceNames() {
    Api api = lower(openapi("""
        paths:
          /a:
            get: {operationId: ListAlphaSender, tags: [MessagingV1AlphaSender], responses: {'200': {description: ok}}}
          /b:
            get: {operationId: FetchBrand, tags: [MessagingV1Brand], responses: {'200': {description: ok}}}
        """));
    assertThat(api.resources().stream().map(r -> r.name().key()).toList()).containsExactly("alpha sender", "brand").inOrder();
    assertThat(operation(api, "ListAlphaSender").localName().key()).isEqualTo("list");
    assertThat(operation(api, "FetchBrand").localName().key()).isEqualTo("fetch");
  }

  @Test
  void resolvesSecurityPerOperation() {
    Api api = lower(openapi("""
        security: [{basic: []}]
        paths:
          /open:
            get: {operationId: open, security: [], responses: {'200': {description: ok}}}
          /closed:
            get: {operationId: closed, responses: {'200': {description: ok}}}
          /key:
            get: {operationId: key, security: [{key: []}], responses: {'200': {description: ok}}}
        components:
          securitySchemes:
            basic: {type: http, scheme: basic}
            key: {type: apiKey, in: query, name: api_key}
            oauth:
              type: oauth2
              flows: {clientCredentials: {tokenUrl: 'https://auth.test/token', scopes: {write: w, read: r}}}
        """));
    assertThat(operation(api, "open").isAnonymous()).isTrue();
    assertThat(operation(api, "closed").isAnonymous()).isFalse();
    assertThat(operation(api, "closed").security().get(0).schemes()).containsExactly("basic");
    assertThat(operation(api, "key").security().get(0).schemes()).containsExactly("key");
    SecurityScheme.ApiKey key = (SecurityScheme.ApiKey) api.securityScheme("key").orElseThrow();
    assertThat(key.parameterName()).isEqualTo("api_key");
    assertThat(key.key().environmentVariable()).isEqualTo("TEST_API_KEY");
    SecurityScheme.OAuth2ClientCredentials oauth = (SecurityScheme.OAuth2ClientCredentials) api.securityScheme("oauth").orElseThrow();
    assertThat(oauth.scopes()).containsExactly("read", "write").inOrder();
    assertThat(oauth.clientSecret().environmentVariable()).isEqualTo("TEST_CLIENT_SECRET");
  }

  @Test
  void detectsTwilioPaginationShapes() {
    Api api = lower(openapi("""
        paths:
          /uri:
            get:
              operationId: ListUri
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          calls: {type: array, items: {type: string}}
                          next_page_uri: {type: [string, 'null']}
          /url:
            get:
              operationId: ListUrl
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          things: {type: array, items: {type: integer}}
                          meta: {type: object, properties: {next_page_url: {type: string}}}
          /token:
            get:
              operationId: ListToken
              parameters: [{name: PageToken, in: query, schema: {type: string}}]
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          items: {type: array, items: {type: string}}
                          meta: {type: object, properties: {nextToken: {type: string}}}
        """));
    List<Pagination> found = List.of("ListUri", "ListUrl", "ListToken").stream()
        .map(id -> operation(api, id).pagination().orElseThrow()).toList();
    assertThat(found.get(0)).isEqualTo(new Pagination.NextUrl(List.of("calls"), TypeRef.primitive(Primitive.STRING), List.of("next_page_uri")));
    assertThat(((Pagination.NextUrl) found.get(1)).nextUrl()).containsExactly("meta", "next_page_url").inOrder();
    Pagination.Cursor cursor = (Pagination.Cursor) found.get(2);
    assertThat(cursor.cursorParam()).isEqualTo("PageToken");
    assertThat(cursor.nextCursor()).containsExactly("meta", "nextToken").inOrder();
  }

  @Test
  void warnsWhenXPaginationDoesNotMatchTheBody() {
    Api api = lower(openapi("""
        paths:
          /x:
            get:
              operationId: listX
              x-pagination: {style: offset, items: nope, offset-param: offset}
              responses:
                '200':
                  description: ok
                  content: {application/json: {schema: {type: object, properties: {data: {type: array, items: {type: string}}}}}}
        """));
    assertThat(api.operations().findFirst().orElseThrow().pagination()).isEmpty();
    assertThat(diagnostics.sorted().stream().map(Diagnostic::id).toList()).contains("pagination");
  }

  @Test
  void derivesClientNamesFromTitles() {
    assertThat(Lowerer.derivedClientName("Kitchen Sink Communications API").words()).containsExactly("kitchen", "sink", "communications").inOrder();
    assertThat(Lowerer.derivedClientName("Twilio - Api").words()).containsExactly("twilio");
    assertThat(Lowerer.derivedClientName("Twilio - Messaging").words()).containsExactly("twilio", "messaging").inOrder();
    assertThat(Lowerer.derivedClientName("GitHub's official OpenAPI spec + Octokit extension").words()).containsExactly("github");
    assertThat(Lowerer.derivedClientName("Stripe API").words()).containsExactly("stripe");
    assertThat(Lowerer.derivedClientName("Petstore (sample)").words()).containsExactly("petstore");
    assertThat(Lowerer.derivedClientName("API").words()).containsExactly("api");
  }

  @Test
  void repairsCollidingNamesDeterministically() {
    Api api = lower(openapi("""
        components:
          schemas:
            user-profile: {type: object, properties: {a: {type: string}, A: {type: string}}}
            UserProfile: {type: object, properties: {b: {type: string}}}
            user_profile: {type: object, properties: {c: {type: string}}}
        """));
    assertThat(api.typesById().keySet()).containsExactly("UserProfile", "UserProfile2", "UserProfile3");
    assertThat(api.typesById().get("UserProfile2").name().wire()).isEqualTo("UserProfile");
    TypeDecl.ObjectType first = object(api, "UserProfile");
    assertThat(first.properties().stream().map(p -> p.name().key()).toList()).containsExactly("a", "a 2").inOrder();
    assertThat(diagnostics.sorted().stream().filter(d -> d.id().equals("name-collision")).count()).isEqualTo(3);
  }

  @Test
  void namesThatDifferOnlyInCaseOrNormalizationAreMadeDistinctWithAWarning() {
    Api api = lower("""
        openapi: 3.0.3
        info: {title: x, version: '1'}
        paths:
          /a:
            get:
              operationId: getThing
              tags: [Users]
              responses: {'200': {description: ok}}
          /b:
            get:
              operationId: getthing
              tags: [users]
              responses: {'200': {description: ok}}
        components:
          schemas:
            UserProfile: {type: object, properties: {a: {type: string}}}
            Userprofile: {type: object, properties: {a: {type: string}}}
            "caf\u00e9": {type: object, properties: {a: {type: string}}}
            "cafe\u0301": {type: object, properties: {a: {type: string}}}
        """);
    List<String> ids = api.types().stream().map(TypeDecl::id).toList();
    assertThat(ids.stream().map(id -> id.toLowerCase(java.util.Locale.ROOT)).distinct().count()).isEqualTo(ids.size());
    assertThat(ids).containsAtLeast("UserProfile", "Userprofile2", "Cafe", "Cafe2");
    assertThat(diagnostics.sorted().stream().filter(d -> d.id().equals("name-collision")).count()).isAtLeast(3L);
    List<String> operations = api.operations().map(o -> Case.pascal(o.name().words()).toLowerCase(java.util.Locale.ROOT)).toList();
    assertThat(operations).containsNoDuplicates();
  }

  @Test
  void namesLongerThanTheLimitAreShortenedWithAHashAndAWarning() {
    String schema = "Segment".repeat(36);
    Api api = lower("""
        openapi: 3.0.3
        info: {title: '%s', version: '1'}
        paths: {}
        components:
          schemas:
            %s: {type: object, properties: {a: {type: string}}}
            %sX: {type: object, properties: {a: {type: string}}}
        """.formatted("Long Title ".repeat(30), schema, schema));
    List<String> ids = api.types().stream().map(TypeDecl::id).toList();
    assertThat(ids).hasSize(2);
    assertThat(ids.get(0)).isNotEqualTo(ids.get(1));
    ids.forEach(id -> assertThat(id.length()).isAtMost(dev.switchboard.core.ir.Name.MAX_LETTERS + 2));
    assertThat(String.join("", api.info().clientName().words()).length()).isAtMost(dev.switchboard.core.ir.Name.MAX_LETTERS);
    assertThat(diagnostics.sorted().stream().filter(d -> d.id().equals("long-name")).map(Diagnostic::location).toList())
        .containsAtLeast("/info/title", "/components/schemas/" + schema);
  }

  @Test
  void aShortTitleThatSpellsManyLettersIsShortenedWithoutACrash() {
    Api api = lower("""
        openapi: 3.0.3
        info: {title: 'カラーミーショップアプリストア API', version: '1'}
        paths: {}
        """);
    assertThat(String.join("", api.info().clientName().words()).length()).isAtMost(dev.switchboard.core.ir.Name.MAX_LETTERS);
  }

  @Test
  void aPropertyThatLeadsBackIntoAnAllOfChainIsNotACycle() {
    Api api = lower("""
        openapi: 3.0.3
        info: {title: x, version: '1'}
        paths: {}
        components:
          schemas:
            Image: {allOf: [{$ref: '#/components/schemas/Media'}], properties: {width: {type: integer}}}
            Media: {allOf: [{$ref: '#/components/schemas/Work'}], properties: {url: {type: string}}}
            Work: {allOf: [{$ref: '#/components/schemas/Thing'}], properties: {title: {type: string}}}
            Thing: {type: object, properties: {photo: {$ref: '#/components/schemas/Photo'}}}
            Photo: {allOf: [{$ref: '#/components/schemas/Media'}], properties: {length: {type: integer}}}
        """);
    assertThat(diagnostics.hasErrors()).isFalse();
    assertThat(api.types().stream().map(TypeDecl::id).toList()).containsAtLeast("Photo", "Media", "Image");
  }

  @Test
  void anAllOfCycleIsAnErrorWithThePointer() {
    lower("""
        openapi: 3.0.3
        info: {title: x, version: '1'}
        paths: {}
        components:
          schemas:
            A:
              allOf: [{$ref: '#/components/schemas/B'}, {type: object, properties: {a: {type: string}}}]
            B:
              allOf: [{$ref: '#/components/schemas/A'}, {type: object, properties: {b: {type: string}}}]
            Self:
              allOf: [{$ref: '#/components/schemas/Self'}, {type: object, properties: {s: {type: string}}}]
        """);
    List<Diagnostic> cycles = diagnostics.sorted().stream().filter(d -> d.id().equals("allof-cycle")).toList();
    assertThat(cycles).isNotEmpty();
    assertThat(cycles.stream().map(Diagnostic::location).toList()).contains("/components/schemas/Self/allOf/0/$ref");
    assertThat(diagnostics.hasErrors()).isTrue();
  }

  @Test
  void anApiKeySchemeWithoutATextNameIsAnErrorNotACrash() {
    lower("""
        openapi: 3.0.3
        info: {title: x, version: '1'}
        paths: {}
        components:
          schemas: {A: {type: string}}
          securitySchemes:
            key: {type: apiKey, in: header, name: [{$ref: '#/components/schemas'}]}
        """);
    List<Diagnostic> errors = diagnostics.sorted().stream().filter(d -> d.id().equals("invalid-security")).toList();
    assertThat(errors.stream().map(Diagnostic::location).toList())
        .containsExactly("/components/securitySchemes/key");
    assertThat(diagnostics.hasErrors()).isTrue();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"3.0.3", "3.1.0"})
  void aNullInOneOfIsNeverACrash(String version) {
    Api api = lower("""
        openapi: %s
        info: {title: x, version: '1'}
        paths: {}
        components:
          schemas:
            T:
              type: object
              properties:
                a: {oneOf: [null, {type: string}]}
                b: {anyOf: [~, {type: integer}]}
                c: {oneOf: [null]}
                d: {oneOf: [{type: 'null'}, {type: string}]}
        """.formatted(version));
    assertThat(diagnostics.hasErrors()).isFalse();
    assertThat(propertyType(api, "T", "a").nonNull()).isEqualTo(new TypeRef.PrimitiveRef(Primitive.STRING));
    assertThat(propertyType(api, "T", "b").nonNull()).isEqualTo(new TypeRef.PrimitiveRef(Primitive.INTEGER));
    assertThat(propertyType(api, "T", "d")).isEqualTo(new TypeRef.PrimitiveRef(Primitive.STRING).nullable());
  }
}
