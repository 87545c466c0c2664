package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec that declares its resource tree (samples/resource-tree) gets the tree as its client. */
class TreeClientTest {
  @TempDir Path dir;

  private static FileSet sample() {
    return Pipeline.generate(RepoPaths.samples().resolve("resource-tree/openapi.yaml"), new PythonPlugin());
  }

  @Test
  void aMemberSendsTheValuesItsAncestorsBoundThenItsKey() {
    String media = sample().text("src/tree_sdk/tree/media.py");
    assertThat(media).contains("class MediaList:");
    assertThat(media).contains("def __call__(self, sid: str) -> MediaContext:");
    assertThat(media).contains("return MediaContext(self._core, (*self._path, sid), raw=self._raw)");
    assertThat(media).contains("Params(path={\"AccountSid\": self._path[0], \"MessageSid\": self._path[1], \"Sid\": self._path[2]})");
    assertThat(media).contains("    def fetch(\n        self,\n        *,\n        request_options");
  }

  @Test
  void aChildIsBuiltFromItsParentsValuesWhenFirstRead() {
    String message = sample().text("src/tree_sdk/tree/message.py");
    assertThat(message).contains("    @functools.cached_property\n    def media(self) -> MediaList:\n"
        + "        from .media import MediaList\n\n        return MediaList(self._core, self._path, raw=self._raw)");
  }

  @Test
  void theClientHasTheRootsThenTheShortcutsWhichLeaveTheAccountToTheClient() {
    String client = sample().text("src/tree_sdk/_client.py");
    assertThat(client).contains("return AccountList(self._core, ())");
    assertThat(client).contains("return MessageList(self._core, (NOT_GIVEN,))");
    assertThat(client.indexOf("def inbound(self)")).isLessThan(client.indexOf("def messages(self)"));
    // The left-out account is filled at call time, as for a flat method whose AccountSid is left out.
    assertThat(sample().text("src/tree_sdk/tree/message.py"))
        .contains("path_defaults={\"AccountSid\": (\"basicAuth\", \"TREE_ACCOUNT_SID\")}");
  }

  @Test
  void aTreeThatCallsEveryOperationLeavesNoFlatResource() {
    assertThat(sample().files().keySet().stream().filter(path -> path.contains("/resources/")).toList()).isEmpty();
  }

  @Test
  void theReadmeCallsOperationsTheTreesWay() {
    String readme = sample().text("README.md");
    assertThat(readme).contains("#### `client.messages(sid).media(sid).fetch`");
    assertThat(readme).contains("result = client.messages(\"MessageSid\").media(\"Sid\").fetch()");
    assertThat(readme).contains("result = client.messages.create(to=\"To\")");
    assertThat(readme).contains("result = client.accounts(\"Sid\").fetch()");
  }

  @Test
  void aDeleteWithoutABodyReturnsWhetherTheServerDeleted() {
    String message = sample().text("src/tree_sdk/tree/message.py");
    assertThat(message).contains("    response=\"deleted\",\n");
    assertThat(message).contains("    def delete(\n        self,\n        *,\n        request_options: Optional[RequestOptions] = None,\n"
        + "    ) -> bool:");
    assertThat(message).contains("    async def delete(\n        self,\n        *,\n        request_options: Optional[RequestOptions] = None,\n"
        + "    ) -> bool:");
    assertThat(message).contains("        Returns:\n            True when the server deleted; False when it accepted");
    assertThat(message).contains("return cast(\n            \"bool\",\n            self._core.request(\n                _DELETE_MESSAGE,");
    assertThat(sample().text("README.md")).contains("deleted = client.messages(\"Sid\").delete()\nprint(deleted)");
  }

  @Test
  void theVerbsOptionRenamesATreeMethodWhereverItIsPrintedOrCalled() throws Exception {
    Path spec = dir.resolve("openapi.yaml");
    Files.copy(RepoPaths.samples().resolve("resource-tree/openapi.yaml"), spec);
    Files.writeString(dir.resolve("switchboard.yaml"),
        Files.readString(RepoPaths.samples().resolve("resource-tree/switchboard.yaml"))
            + "languages:\n  python: {verbs: \"delete=remove,fetch=get\"}\n");
    FileSet files = Pipeline.generate(spec, new PythonPlugin());
    String message = files.text("src/tree_sdk/tree/message.py");
    assertThat(message).contains("    def remove(\n");
    assertThat(message).contains("    async def remove(\n");
    assertThat(message).contains("    def get(\n");
    assertThat(message).doesNotContain("def delete(");
    assertThat(message).doesNotContain("def fetch(");
    // Only a method named by the one verb: create keeps its name.
    assertThat(message).contains("    def create(\n");
    String readme = files.text("README.md");
    assertThat(readme).contains("#### `client.messages(sid).remove`");
    assertThat(readme).contains("deleted = client.messages(\"Sid\").remove()");
    assertThat(readme).contains("result = client.messages(\"MessageSid\").media(\"Sid\").get()");
    assertThat(readme).doesNotContain(".delete()");
  }

  @Test
  void aCollectionAndAMemberOfferRawResponsesOfTheirMethodsThatReturnAPlainValue() {
    FileSet files = sample();
    String message = files.text("src/tree_sdk/tree/message.py");
    assertThat(message).contains("    @property\n    def with_raw_response(self) -> MessageListWithRawResponse:\n");
    assertThat(message).contains("    def with_raw_response(self) -> AsyncMessageContextWithRawResponse:\n");
    assertThat(message).contains("    def __init__(self, resource: MessageList) -> None:\n"
        + "        raw = MessageList(resource._core, resource._path, raw=True)\n"
        + "        self.create = raw_method(raw.create)\n");
    assertThat(message).contains("        raw = AsyncMessageContext(resource._core, resource._path, raw=True)\n"
        + "        self.fetch = async_raw_method(raw.fetch)\n");
    assertThat(message).doesNotContain("raw_method(raw.list)");
    // Media's collection only lists, and sip only leads to domains: neither has a raw view.
    String media = files.text("src/tree_sdk/tree/media.py");
    assertThat(media).contains("class MediaContextWithRawResponse:");
    assertThat(media).doesNotContain("MediaListWithRawResponse");
    assertThat(files.text("src/tree_sdk/tree/sip.py")).doesNotContain("with_raw_response");
    assertThat(files.text("src/tree_sdk/tree/__init__.py")).contains("\"MessageContextWithRawResponse\": \"message\",");
    assertThat(files.text("README.md")).contains("`client.messages(sid).media(sid).with_raw_response.fetch(...)`");
  }

  @Test
  void aModelKeepsItsNameAndAFlatLeftoverYieldsItsMemberToTheTree() throws Exception {
    Path spec = dir.resolve("openapi.yaml");
    String sample = Files.readString(RepoPaths.samples().resolve("resource-tree/openapi.yaml"));
    Files.writeString(spec, sample.replace("    Report:\n", "    MessageList:\n      type: object\n"
        + "      properties:\n        total: {type: integer}\n    Report:\n") + """
          /v1/Messages/{Year}/{Month}.json:
            get:
              operationId: FetchMessageArchive
              parameters:
                - {name: Year, in: path, required: true, schema: {type: string}}
                - {name: Month, in: path, required: true, schema: {type: string}}
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/MessageList'}}}}
        """);
    Files.copy(RepoPaths.samples().resolve("resource-tree/switchboard.yaml"), dir.resolve("switchboard.yaml"));
    FileSet files = Pipeline.generate(spec, new PythonPlugin());
    assertThat(files.text("src/tree_sdk/models/_message_list.py")).contains("class MessageList(");
    assertThat(files.text("src/tree_sdk/tree/message.py")).contains("class Message2List:");
    String client = files.text("src/tree_sdk/_client.py");
    assertThat(client).contains("def messages(self) -> Message2List:");
    assertThat(client).contains("def messages_2(self) -> Messages:");
    assertThat(files.text("src/tree_sdk/resources/messages_2.py")).contains("def fetch_archive(");
    assertThat(files.text("src/tree_sdk/resources/messages_2.py")).doesNotContain("_FETCH_MESSAGE =");
  }
}
