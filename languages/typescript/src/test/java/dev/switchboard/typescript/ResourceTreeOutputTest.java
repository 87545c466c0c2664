package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import dev.switchboard.core.testing.Specs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec that declares its resource tree: the client is the tree, flat resources keep what it leaves. */
class ResourceTreeOutputTest {
  private static FileSet sample() {
    return Pipeline.generate(RepoPaths.samples().resolve("resource-tree/openapi.yaml"), new TypeScriptPlugin());
  }

  @Test
  void theClientHoldsTheRootsThenTheShortcutsWhichLeaveTheAccountToTheClient() {
    String client = sample().text("src/client.ts");
    assertThat(client).contains("    return (this.#accounts ??= AccountList(this, []));");
    assertThat(client).contains("    return (this.#messages ??= MessageList(this, [undefined]));");
    assertThat(client).contains("    return (this.#balance ??= new BalanceList(this, [undefined]));");
    assertThat(client.indexOf("get accounts()")).isLessThan(client.indexOf("get inbound()"));
    assertThat(client.indexOf("get inbound()")).isLessThan(client.indexOf("get balance()"));
    // The unset account is a path parameter its operations may leave out: the client fills it.
    assertThat(sample().text("src/resources/message.ts")).contains("    pathDefaults: {\n      AccountSid: 'basicAuth TREE_ACCOUNT_SID',");
  }

  @Test
  void aMethodTakesNoPathParameterItsResourceHolds() {
    String messages = sample().text("src/resources/message.ts");
    assertThat(messages).contains("export interface MessageList {\n  (sid: string): MessageContext;\n");
    assertThat(messages).contains("export interface CreateMessageParams {\n  /** The recipient. */\n  To: string;\n  /** The text. */\n  Body?: string;\n}");
    assertThat(messages).contains("    route: 'GET /v1/Accounts/{AccountSid}/Messages/{Sid}.json',");
    assertThat(messages).contains("  declare fetch: (options?: RequestOptions) => APIPromise<Models.Message>;");
    assertThat(messages).contains("  return keyedList<MessageList>(client, path, MessageContext, {}, listOperations);");
    // A member's children get its values, its key included.
    assertThat(messages).contains("    return (this.#media ??= MediaList(this._client, this._path));");
    assertThat(sample().text("src/resources/call.ts")).contains("    { feedbackSummary: FeedbackSummaryList },");
    assertThat(sample().files().keySet()).doesNotContain("src/resources/accounts.ts");
  }

  @Test
  void aDeleteWithoutABodySaysWhetherTheServerDeleted() {
    String messages = sample().text("src/resources/message.ts");
    assertThat(messages).contains("  delete: {\n    id: 'DeleteMessage',\n    route: 'DELETE /v1/Accounts/{AccountSid}/Messages/{Sid}.json',\n"
        + "    response: 'deleted',\n");
    assertThat(messages).contains("""
          /**
           * Deletes a message.
           *
           * @returns `true` when the server deleted; `false` for 202 Accepted (queued, not yet done).
           */
          declare delete: (options?: RequestOptions) => APIPromise<boolean>;
        """);
    assertThat(sample().text("README.md")).contains("const deleted = await client.messages('Sid').delete();");
  }

  @Test
  void theVerbsOptionRenamesTheTreesMethodsAndTheReadmeCallsThem(@TempDir Path dir) throws IOException {
    Path samples = RepoPaths.samples().resolve("resource-tree");
    Path spec = Files.copy(samples.resolve("openapi.yaml"), dir.resolve("openapi.yaml"));
    Files.writeString(dir.resolve("switchboard.yaml"), Files.readString(samples.resolve("switchboard.yaml"))
        + "languages:\n  typescript:\n    verbs: \"delete=remove\"\n");
    FileSet files = Pipeline.generate(spec, new TypeScriptPlugin());
    String messages = files.text("src/resources/message.ts");
    // The operation keeps its id; only its method is renamed, on the member's class.
    assertThat(messages).contains("  remove: {\n    id: 'DeleteMessage',\n");
    assertThat(messages).contains("  declare remove: (options?: RequestOptions) => APIPromise<boolean>;");
    assertThat(messages).doesNotContain("delete:");
    assertThat(files.text("src/resources/media.ts")).contains("  declare remove: (options?: RequestOptions) => APIPromise<boolean>;");
    String readme = files.text("README.md");
    assertThat(readme).contains("#### `client.messages(sid).remove`");
    assertThat(readme).contains("const deleted = await client.messages('Sid').remove();");
    assertThat(readme).doesNotContain(".delete");
  }

  @Test
  void theReadmeCallsThroughTheTree() {
    String readme = sample().text("README.md");
    assertThat(readme).contains("#### `client.messages(messageSid).media(sid).fetch`");
    assertThat(readme).contains("await client.messages('MessageSid').media('Sid').fetch();");
    assertThat(readme).contains("const result = await client.accounts('Sid').fetch();");
  }

  @Test
  void flatResourcesKeepOnlyWhatNoResourceCallsAndYieldTheirNames(@TempDir Path dir) {
    Path spec = Specs.write(dir, "openapi.yaml", Specs.openapi("""
        paths:
          /v1/Accounts/{Sid}.json:
            x-twilio: {pathType: instance}
            get:
              operationId: FetchAccount
              parameters: [{name: Sid, in: path, required: true, schema: {type: string}}]
              responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/AccountList'}}}}}
          /v1/Accounts/{AccountSid}/{Kind}.json:
            get:
              operationId: FetchAccountKind
              tags: [Accounts]
              parameters:
                - {name: AccountSid, in: path, required: true, schema: {type: string}}
                - {name: Kind, in: path, required: true, schema: {type: string}}
              responses: {'204': {description: none}}
        components:
          schemas:
            AccountList: {type: object, properties: {sid: {type: string}}}
        """));
    FileSet files = Pipeline.generate(spec, new TypeScriptPlugin());
    String client = files.text("src/client.ts");
    // The tree's names come first: a model keeps its name, the tree's class is numbered; the flat
    // resource, left with the one operation outside the tree, yields the client member.
    assertThat(files.text("src/models.ts")).contains("export interface AccountList {");
    assertThat(client).contains("  get accounts(): AccountList2 {\n    return (this.#accounts ??= AccountList2(this, []));");
    assertThat(client).contains("  get accounts2(): Accounts {");
    String flat = files.text("src/resources/accounts.ts");
    assertThat(flat).contains("route: 'GET /v1/Accounts/{AccountSid}/{Kind}.json'");
    assertThat(flat).doesNotContain("FetchAccount'");
  }
}
