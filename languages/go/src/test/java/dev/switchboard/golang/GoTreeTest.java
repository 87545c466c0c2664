package dev.switchboard.golang;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec with a resource tree: its client is the tree, its flat resources only what no resource calls. */
class GoTreeTest {
  private static FileSet sample() {
    return Pipeline.generate(RepoPaths.samples().resolve("resource-tree/openapi.yaml"), new GoPlugin());
  }

  @Test
  void aMemberTakesItsAncestorsValuesAndItsKeyInPathOrder() {
    FileSet files = sample();
    String messages = files.text("message_resource.go");
    assertThat(messages).contains("func (s *MessageContext) Media(sid string) *MediaContext {\n"
        + "\treturn &MediaContext{client: s.client, path: []any{s.path[0], s.path[1], sid}}");
    assertThat(messages).contains("func (s *MessageContext) Fetch(ctx context.Context, opts ...core.Option) (*Message, error)");
    String media = files.text("media_resource.go");
    assertThat(media).contains("req.PathParam(\"MessageSid\", s.path[1])\n\treq.PathParam(\"Sid\", s.path[2])");
    assertThat(files.text("client.go")).contains("func (c *Client) Account(sid string) *AccountContext {\n"
        + "\treturn &AccountContext{client: c.runtime, path: []any{sid}}");
    assertThat(files.text("account_resource.go")).contains("func (s *AccountContext) Messages() *MessageList {\n"
        + "\treturn &MessageList{client: s.client, path: s.path}");
  }

  @Test
  void aShortcutLeavesTheAccountToTheClientsDefault() {
    FileSet files = sample();
    assertThat(files.text("client.go")).contains("func (c *Client) Messages() *MessageList {\n"
        + "\treturn &MessageList{client: c.runtime, path: []any{nil}}");
    assertThat(files.text("message_resource.go")).contains("func (s *MessageList) Create(ctx context.Context,"
        + " params MessageCreateParams, opts ...core.Option) (*Message, error) {");
    assertThat(files.text("message_resource.go")).contains("req.PathParamOr(\"AccountSid\", s.path[0], core.PathDefault{");
    assertThat(files.text("message_resource.go")).doesNotContain("AccountSid core.Opt");
    assertThat(files.text("example_test.go")).contains("client.Messages().Create(context.Background(),"
        + " MessageCreateParams{To: \"To\"})");
  }

  @Test
  void aResourceWhoseNameIsSingularNamesItsCollectionAfterItsClass() {
    String messages = sample().text("message_resource.go");
    assertThat(messages).contains("func (s *MessageContext) MediaList() *MediaList {");
    assertThat(messages).contains("func (s *MessageContext) Media(sid string) *MediaContext {");
  }

  @Test
  void operationsNoResourceCallsStayFlatAndTheirNamesYieldToTheTrees(@TempDir Path dir) {
    Path spec = Specs.write(dir, "mixed.yaml", """
        openapi: 3.0.3
        info: {title: Mixed, version: '1'}
        servers: [{url: 'https://api.example.test'}]
        components:
          schemas:
            LookupList: {type: object, properties: {sid: {type: string}}}
        paths:
          /v1/Lookups.json:
            x-twilio: {pathType: list}
            get:
              operationId: ListLookup
              responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/LookupList'}}}}}
          /v1/Lookups/{Kind}/{Value}.json:
            parameters:
              - {name: Kind, in: path, required: true, schema: {type: string}}
              - {name: Value, in: path, required: true, schema: {type: string}}
            get:
              operationId: FetchLookupValue
              responses: {'204': {description: ok}}
        """);
    FileSet files = Pipeline.generate(spec, new GoPlugin());
    String client = files.text("client.go");
    assertThat(client).contains("func (c *Client) Lookups() *LookupList2 {");
    assertThat(client).contains("\tLookups2 *LookupsService\n");
    assertThat(files.text("models.go")).contains("type LookupList struct {");
    String flat = files.text("lookups_service.go");
    assertThat(flat).contains("FetchValue(ctx context.Context, kind string, value string");
    assertThat(flat).doesNotContain("ListLookup");
    assertThat(files.text("lookup_resource.go")).contains("func (s *LookupList2) List(ctx context.Context");
  }

  @Test
  void anInstancePathWithoutAKeyIsCalledOnTheCollection(@TempDir Path dir) {
    Path spec = Specs.write(dir, "reports.yaml", """
        openapi: 3.0.3
        info: {title: Reports, version: '1'}
        servers: [{url: 'https://api.example.test'}]
        paths:
          /v2/Reports:
            x-twilio: {pathType: instance}
            post:
              operationId: CreateReport
              responses: {'204': {description: ok}}
          /v2/Reports/{ReportId}:
            x-twilio: {pathType: instance}
            parameters: [{name: ReportId, in: path, required: true, schema: {type: string}}]
            get:
              operationId: FetchReport
              responses: {'204': {description: ok}}
        """);
    FileSet files = Pipeline.generate(spec, new GoPlugin());
    String reports = files.text("report_resource.go");
    assertThat(reports).contains("func (s *ReportList) Create(ctx context.Context, opts ...core.Option) error {\n"
        + "\treq := core.NewRequest(\"POST\", \"/v2/Reports\")\n\treturn core.NoContent");
    assertThat(reports).contains("req.PathParam(\"ReportId\", s.path[0])");
    assertThat(files.text("example_test.go")).contains("client.Reports().Create(context.Background())");
  }

  @Test
  void aDeleteWithoutABodyReturnsWhetherItDeleted() {
    FileSet files = sample();
    assertThat(files.text("message_resource.go")).contains("func (s *MessageContext) Delete(ctx context.Context,"
        + " opts ...core.Option) (bool, error) {");
    assertThat(files.text("message_resource.go")).contains("return core.Deleted(ctx, s.client, req, opts)");
    assertThat(files.text("example_test.go")).contains("deleted, err := client.Message(\"Sid\").Delete("
        + "context.Background())\n\tfmt.Println(deleted, err)\n\t// Output: true <nil>");
  }

  @Test
  void theVerbsOptionRenamesTreeMethodsWhereverTheyArePrinted(@TempDir Path dir) {
    Specs.write(dir, "switchboard.yaml", "languages:\n  go:\n    verbs: delete=remove\n");
    Path spec = Specs.write(dir, "things.yaml", """
        openapi: 3.0.3
        info: {title: Things, version: '1'}
        servers: [{url: 'https://api.example.test'}]
        paths:
          /v1/Things/{Sid}.json:
            x-twilio: {pathType: instance}
            parameters: [{name: Sid, in: path, required: true, schema: {type: string}}]
            get:
              operationId: FetchThing
              responses: {'200': {description: ok, content: {application/json: {schema: {type: object}}}}}
            delete:
              operationId: DeleteThing
              responses: {'204': {description: ok}}
        """);
    FileSet files = Pipeline.generate(spec, new GoPlugin());
    String things = files.text("thing_resource.go");
    assertThat(things).contains("func (s *ThingContext) Remove(ctx context.Context, opts ...core.Option) (bool, error) {");
    assertThat(things).contains("func (s *ThingContext) Fetch(ctx context.Context");
    assertThat(things).doesNotContain("Delete(");
    assertThat(files.text("example_test.go")).contains("func ExampleThingContext_Remove() {");
    assertThat(files.text("README.md")).contains("deleted, err := client.Thing(\"Sid\").Remove(ctx)");
  }

  @Test
  void aSpecWithoutATreeKeepsItsFlatClient() {
    FileSet files = Pipeline.generate(RepoPaths.kitchenSinkSpec(), new GoPlugin());
    assertThat(files.text("client.go")).doesNotContain("runtime *core.Client");
    assertThat(files.files().keySet().stream().noneMatch(p -> p.endsWith("_resource.go"))).isTrue();
  }
}
