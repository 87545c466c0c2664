package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.bundle.Bundle;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import dev.switchboard.core.testing.Specs;
import dev.switchboard.python.view.RootClientView;
import dev.switchboard.python.view.RootClientView.Member;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two specs, one SDK: each spec's package below the root, one runtime there, and the root client. */
class SeveralSpecsTest {
  private static final Path MULTI_SPEC = RepoPaths.samples().resolve("multi-spec");
  private static final String SRC = "src/example_sdk/";

  @Test
  void eachSpecIsPrintedBelowItsMountAndThePackageFilesOnceAtTheRoot() {
    FileSet files = Pipeline.generate(MULTI_SPEC, new PythonPlugin());
    assertThat(files.files().keySet()).containsAtLeast(SRC + "accounts/__init__.py", SRC + "accounts/v1/__init__.py",
        SRC + "accounts/v1/_client.py", SRC + "accounts/v1/models/_status.py", SRC + "accounts/v1/resources/accounts.py",
        SRC + "messaging/v2/models/_status.py", SRC + "messaging/v2/resources/messages.py", SRC + "_client.py",
        SRC + "_core.py", SRC + "py.typed", SRC + "_version.py", "pyproject.toml", "README.md");
    List<String> packageFiles = files.files().keySet().stream()
        .filter(p -> p.endsWith("/_core.py") || p.endsWith("pyproject.toml") || p.endsWith("README.md")
            || p.endsWith("py.typed") || p.endsWith("_version.py") || p.endsWith("_errors.py"))
        .toList();
    assertThat(packageFiles).containsExactly(SRC + "_core.py", SRC + "_errors.py", SRC + "_version.py",
        SRC + "py.typed", "pyproject.toml", "README.md");
    assertThat(text(files, SRC + "_errors.py")).contains("class ExampleError(");
  }

  @Test
  void aSpecsModulesImportTheRuntimeFromThePackageRoot() {
    FileSet files = Pipeline.generate(MULTI_SPEC, new PythonPlugin());
    assertThat(text(files, SRC + "accounts/v1/_client.py")).contains("\nfrom ..._core import ");
    assertThat(text(files, SRC + "accounts/v1/resources/accounts.py")).contains("\nfrom ...._core import ");
    assertThat(text(files, SRC + "accounts/v1/resources/accounts.py")).contains("\nfrom .. import models as _models\n");
    assertThat(text(files, SRC + "accounts/v1/models/_account.py")).contains("\nfrom ...._models import ");
    assertThat(text(files, SRC + "accounts/v1/__init__.py")).contains("from ._client import AsyncClient, Client\n");
    assertThat(text(files, SRC + "__init__.py")).contains("from ._client import AsyncClient, Client\n");
  }

  @Test
  void theRootClientMakesEachSpecsClientWithItsCredentialsItsServerPathAndTheSharedHttpClient() {
    Bundle bundle = Pipeline.run(MULTI_SPEC, new PythonPlugin()).bundle().orElseThrow();
    RootClientView view = new RootClientBuilder(bundle, new SymbolTable(PythonSymbols.PROVIDER)).build();
    assertThat(view.syncMembers().stream().map(Member::header).toList())
        .containsExactly("def accounts(self) -> AccountsNamespace:", "def messaging(self) -> MessagingNamespace:",
            "def messages(self) -> Messages:")
        .inOrder();
    assertThat(view.namespaces().get(0).asyncName()).isEqualTo("AsyncAccountsNamespace");
    Member accounts = view.namespaces().get(0).syncMembers().get(0);
    assertThat(accounts.header()).isEqualTo("def v1(self) -> AccountsV1Client:");
    assertThat(accounts.body()).startsWith("from .accounts.v1._client import Client as MountClient\n");
    assertThat(accounts.body()).contains("username=settings.username,\n");
    assertThat(accounts.body()).contains("base_url=settings.base_url_of(\"/v1\"),\n");
    assertThat(accounts.body()).contains("http_client=self._http_client,\n");
    assertThat(view.namespaces().get(1).asyncMembers().get(0).body()).contains("base_url=settings.base_url_of(\"\"),\n");
    assertThat(view.typeCheckingImports()).containsExactly(
        "from .accounts.v1._client import AsyncClient as AccountsV1AsyncClient",
        "from .accounts.v1._client import Client as AccountsV1Client",
        "from .messaging.v2._client import AsyncClient as MessagingV2AsyncClient",
        "from .messaging.v2._client import Client as MessagingV2Client",
        "from .messaging.v2.resources.messages import AsyncMessages, Messages").inOrder();
    assertThat(view.clientParameters()).containsAtLeast("username: Optional[str] = None",
        "base_url: Union[str, httpx.URL, None] = None").inOrder();
  }

  @Test
  void theShortcutsReturnTheMountClientsOwnMembersTypedAsThere() {
    Bundle bundle = Pipeline.run(MULTI_SPEC, new PythonPlugin()).bundle().orElseThrow();
    RootClientView view = new RootClientBuilder(bundle, new SymbolTable(PythonSymbols.PROVIDER)).build();
    Member sync = view.syncMembers().get(2);
    Member async = view.asyncMembers().get(2);
    assertThat(sync.body()).isEqualTo("return self.messaging.v2.messages");
    assertThat(async.header()).isEqualTo("def messages(self) -> AsyncMessages:");
    assertThat(async.body()).isEqualTo("return self.messaging.v2.messages");
    FileSet files = Pipeline.generate(MULTI_SPEC, new PythonPlugin());
    assertThat(text(files, "README.md")).contains("`client.messages` is `client.messaging.v2.messages`");
  }

  @Test
  void aShortcutIsNamedAsOnItsMountAndItsClassesYieldToTheRootsClasses(@TempDir Path dir) {
    Specs.write(dir, "switchboard.yaml", """
        clientName: Example
        specs: ['*.yaml']
        shortcuts: tools/v1
        """);
    Specs.write(dir, "tools.yaml", """
        openapi: 3.0.3
        info: {title: Tools, version: '1'}
        servers: [{url: 'https://tools.example.test/v1'}]
        paths:
          /close:
            post: {operationId: CreateClose, tags: [close], responses: {'204': {description: done}}}
          /notes:
            get: {operationId: ListNotes, tags: [notes_namespace], responses: {'204': {description: done}}}
        """);
    Specs.write(dir, "notes.yaml", """
        openapi: 3.0.3
        info: {title: Notes, version: '1'}
        servers: [{url: 'https://notes.example.test/v1'}]
        paths:
          /notes:
            get: {operationId: ListNotes, responses: {'204': {description: done}}}
        """);
    Bundle bundle = Pipeline.run(dir, new PythonPlugin()).bundle().orElseThrow();
    RootClientView view = new RootClientBuilder(bundle, new SymbolTable(PythonSymbols.PROVIDER)).build();
    assertThat(view.syncMembers().stream().map(Member::header).toList()).containsExactly(
        "def notes(self) -> NotesNamespace:", "def tools(self) -> ToolsNamespace:", "def close_(self) -> Close:",
        "def notes_namespace(self) -> NotesNamespace2:").inOrder();
    assertThat(view.syncMembers().get(2).body()).isEqualTo("return self.tools.v1.close_");
    assertThat(view.typeCheckingImports()).containsAtLeast(
        "from .tools.v1.resources.close_ import AsyncClose, Close",
        "from .tools.v1.resources.notes_namespace import AsyncNotesNamespace as AsyncNotesNamespace2",
        "from .tools.v1.resources.notes_namespace import NotesNamespace as NotesNamespace2").inOrder();
  }

  @Test
  void aSpecGetsOnlyTheCredentialsAndOptionsItsOwnPlanDeclares(@TempDir Path dir) {
    Specs.write(dir, "switchboard.yaml", """
        clientName: Example
        specs: ['*.yaml']
        defaults:
          AccountSid: {from: auth.username, option: account sid}
        regions: {hosts: ['*.example.test'], rewrite: '{host}.{edge}.{region}.example.test'}
        """);
    Specs.write(dir, "calls.yaml", """
        openapi: 3.0.3
        info: {title: Calls, version: '1'}
        servers: [{url: 'https://calls.example.test/v1'}]
        security: [{basic: []}]
        paths:
          /Accounts/{AccountSid}/Calls:
            get:
              operationId: ListCalls
              parameters: [{name: AccountSid, in: path, required: true, schema: {type: string}}]
              responses: {'200': {description: ok}}
        components: {securitySchemes: {basic: {type: http, scheme: basic}}}
        """);
    Specs.write(dir, "notes.yaml", """
        openapi: 3.0.3
        info: {title: Notes, version: '1'}
        servers: [{url: 'https://notes.example.test/v2'}]
        security: [{bearer: []}]
        paths:
          /notes:
            get:
              operationId: ListNotes
              responses: {'200': {description: ok}}
        components: {securitySchemes: {bearer: {type: http, scheme: bearer}}}
        """);
    Bundle bundle = Pipeline.run(dir, new PythonPlugin()).bundle().orElseThrow();
    RootClientView view = new RootClientBuilder(bundle, new SymbolTable(PythonSymbols.PROVIDER)).build();
    assertThat(view.settingsFields()).containsAtLeast("username: Optional[str]", "password: Optional[str]",
        "token: Optional[str]", "account_sid: Optional[str]").inOrder();
    String calls = view.namespaces().get(0).syncMembers().get(0).body();
    String notes = view.namespaces().get(1).syncMembers().get(0).body();
    assertThat(calls).contains("username=settings.username,\n");
    assertThat(calls).contains("account_sid=settings.account_sid,\n");
    assertThat(calls).doesNotContain("token=");
    assertThat(calls).contains("region=settings.region,\nedge=settings.edge,\n".replace("\n", "\n            "));
    assertThat(notes).contains("token=settings.token,\n");
    assertThat(notes).doesNotContain("username=");
    assertThat(notes).doesNotContain("account_sid=");
  }

  private static String text(FileSet files, String path) {
    return new String(files.files().get(path), StandardCharsets.UTF_8);
  }
}
