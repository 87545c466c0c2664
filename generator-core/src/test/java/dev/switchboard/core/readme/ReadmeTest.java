package dev.switchboard.core.readme;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.core.testing.Specs.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.pipeline.Generation;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.Planner;
import dev.switchboard.core.plan.WebhookSignature;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README every language prints: its outline, its prose and the operations its examples call. */
class ReadmeTest {
  @TempDir Path dir;

  private static final String PETS = """
      components:
        securitySchemes:
          key: {type: apiKey, in: header, name: X-Api-Key}
          basic: {type: http, scheme: basic, description: Your <b>account</b> and password.}
        schemas:
          Pet:
            type: object
            required: [name]
            properties: {name: {type: string}}
      security: [{key: []}]
      servers:
        - url: https://{region}.pets.test
          variables: {region: {default: eu, enum: [eu, us], description: Where the data lives.}}
      paths:
        /health:
          get:
            operationId: getHealth
            summary: Checks that the service is up.
            responses: {'204': {description: ok}}
        /pets:
          post:
            operationId: createPet
            deprecated: true
            requestBody:
              required: true
              content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
            responses:
              '201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
              '404': {description: missing, content: {application/json: {schema: {type: object, properties: {message: {type: string}}}}}}
          get:
            operationId: listPets
            parameters: [{name: cursor, in: query, schema: {type: string}}]
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        data: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                        next_cursor: {type: string}
      """;

  private Readme readme(String spec, String config) throws Exception {
    Path file = dir.resolve("switchboard.yaml");
    Files.writeString(file, config);
    Api api = Specs.lower(Specs.write(dir, "test.yaml", openapi(spec)), new Diagnostics("test.yaml"));
    Plan plan = Planner.plan(api, SwitchboardConfig.read(file));
    return Readme.of(api, plan);
  }

  private static List<String> headings(Readme readme) {
    return readme.sections().stream().map(Section::heading).toList();
  }

  @Test
  void outlineWithoutWebhooksOrRegions() throws Exception {
    Readme readme = readme(PETS, "");
    assertThat(headings(readme)).containsExactly("Installation", "Set-up", "Authentication", "Server variables", "Usage",
        "Pagination", "Errors", "Operations", "Publishing").inOrder();
    assertThat(readme.title()).isEqualTo("Test API");
  }

  @Test
  void webhooksAndRegionsAreDescribedWhenConfigured() throws Exception {
    Readme readme = readme(PETS, """
        webhooks: {scheme: hmac, header: X-Sig, prefix: 'sha256='}
        regions: {hosts: ['*.pets.test'], rewrite: '{host}.{edge}.{region}.pets.test', default-region: eu1}
        """);
    assertThat(headings(readme)).containsExactly("Installation", "Set-up", "Authentication", "Server variables",
        "Regions and edges", "Usage", "Pagination", "Errors", "Webhooks", "Operations", "Publishing").inOrder();
    Section.Webhooks webhooks = readme.section(Section.Webhooks.class).orElseThrow();
    assertThat(webhooks.prose().get(0))
        .contains("The `X-Sig` header holds `sha256=` followed by an HMAC-SHA256 (hex) of the raw body.");
    Section.Regions regions = readme.section(Section.Regions.class).orElseThrow();
    assertThat(regions.prose().get(0)).contains("`*.pets.test` to `{host}.{edge}.{region}.pets.test`");
    assertThat(regions.prose().get(0)).contains("With an edge and no region, the region is `eu1`.");
    assertThat(regions.prose().get(1)).contains("`TEST_REGION` and `TEST_EDGE`");
    assertThat(regions.exampleRegion()).isEqualTo("eu1");
  }

  @Test
  void credentialsSayWhatTheyAreFromTheDescriptionElseTheKind() throws Exception {
    Section.Authentication auth = readme(PETS, "").section(Section.Authentication.class).orElseThrow();
    assertThat(auth.credentials().stream().map(Section.Credential::description).toList()).containsExactly(
        "Your account and password.", "Your account and password.", "API key, sent in the header `X-Api-Key`.").inOrder();
    assertThat(auth.credentials().stream().map(Section.Credential::environment).toList())
        .containsExactly("TEST_USERNAME", "TEST_PASSWORD", "TEST_API_KEY").inOrder();
    assertThat(auth.firstScheme()).hasSize(2);
  }

  @Test
  void serverVariablesGiveDefaultsAllowedValuesAndDescriptions() throws Exception {
    Section.ServerVariables variables = readme(PETS, "").section(Section.ServerVariables.class).orElseThrow();
    assertThat(variables.variables()).hasSize(1);
    assertThat(variables.variables().get(0).text()).isEqualTo("default `eu`, one of `eu`, `us`. Where the data lives.");
  }

  @Test
  void examplesAreTheFirstOperationThePagedOneAndOneWithAnErrorBody() throws Exception {
    Readme readme = readme(PETS, "");
    assertThat(readme.section(Section.SetUp.class).orElseThrow().example().orElseThrow().operation()).isEqualTo("getHealth");
    assertThat(readme.section(Section.Pagination.class).orElseThrow().example().operation()).isEqualTo("listPets");
    assertThat(readme.section(Section.Pagination.class).orElseThrow().prose().get(0))
        .contains("the next page is asked for with `cursor` set to the response's `next_cursor`");
    assertThat(readme.section(Section.Errors.class).orElseThrow().example().orElseThrow().operation()).isEqualTo("createPet");
    assertThat(readme.section(Section.Errors.class).orElseThrow().prose())
        .contains("The API's own error code and message are read from its error body and shown in the error's message:"
            + " the message from `message`.");
  }

  @Test
  void everyOperationHasACallWithItsRequiredInputsExamples() throws Exception {
    Section.Operations operations = readme(PETS, "").section(Section.Operations.class).orElseThrow();
    List<Call> calls = operations.resources().stream().flatMap(r -> r.calls().stream()).toList();
    assertThat(calls.stream().map(Call::operation).toList()).containsExactly("getHealth", "createPet", "listPets");
    Call create = calls.stream().filter(c -> c.operation().equals("createPet")).findFirst().orElseThrow();
    assertThat(create.deprecated()).isTrue();
    assertThat(create.summary()).isEqualTo("`POST /pets`");
    assertThat(create.arguments().stream().map(a -> a.wire()).toList()).containsExactly("name");
    assertThat(calls.get(0).summary()).isEqualTo("Checks that the service is up.");
    assertThat(calls.stream().filter(c -> c.operation().equals("listPets")).findFirst().orElseThrow().arguments()).isEmpty();
  }

  @Test
  void inputModelsOnlyWhenAnInputTakesAnObject() throws Exception {
    assertThat(readme(PETS, "").section(Section.Usage.class).orElseThrow().inputModels()).isFalse();
    String nested = PETS.replace("properties: {name: {type: string}}",
        "properties: {name: {type: string}, owner: {type: object, properties: {id: {type: string}}}}");
    assertThat(readme(nested, "").section(Section.Usage.class).orElseThrow().inputModels()).isTrue();
  }

  @Test
  void noPagedOperationNoPaginationSection() throws Exception {
    String spec = PETS.substring(0, PETS.indexOf("    get:\n      operationId: listPets"));
    assertThat(headings(readme(spec, ""))).doesNotContain("Pagination");
  }

  @Test
  void webhookSchemesAreDescribedInOneSentence() {
    assertThat(new WebhookSignature("timestamped-hmac", "Stripe-Signature", "sha256", "hex", "", "body", 300).describe())
        .isEqualTo("The `Stripe-Signature` header holds `t=TIMESTAMP,v1=SIGNATURE`, the signature an HMAC-SHA256 (hex)"
            + " of `TIMESTAMP.` followed by the raw body; a timestamp older than 300 s is refused.");
    assertThat(new WebhookSignature("hmac", "X-Twilio-Signature", "sha1", "base64", "", "url-form", 0).describe())
        .isEqualTo("The `X-Twilio-Signature` header holds an HMAC-SHA1 (base64) of the full URL followed by the form"
            + " fields sorted by name (for a JSON body: of the URL, whose `bodySHA256` is the body's SHA-256).");
  }

  @Test
  void kitchenSinkReadmeIsTheSameEveryTime() throws Exception {
    Generation first = Pipeline.plan(RepoPaths.kitchenSinkSpec());
    Generation second = Pipeline.plan(RepoPaths.kitchenSinkSpec());
    ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module());
    String once = json.writeValueAsString(Readme.of(first.api(), first.plan()));
    assertThat(json.writeValueAsString(Readme.of(second.api(), second.plan()))).isEqualTo(once);
    assertThat(once).contains("\"section\":\"webhooks\"");
    assertThat(headings(Readme.of(first.api(), first.plan()))).containsExactly("Installation", "Set-up",
        "Authentication", "Server variables", "Regions and edges", "Usage", "Pagination", "Errors", "Webhooks",
        "Operations", "Publishing").inOrder();
  }
}
