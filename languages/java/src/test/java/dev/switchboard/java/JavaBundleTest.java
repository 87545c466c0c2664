package dev.switchboard.java;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several specs, one SDK: each spec's code in its mount's package, one runtime, and the root client. */
class JavaBundleTest {
  private static final String ROOT = "src/main/java/dev/switchboard/generated/example/";
  private static final FileSet SDK = Pipeline.generate(RepoPaths.samples().resolve("multi-spec"), new JavaPlugin());

  @Test
  void eachSpecIsPrintedBelowItsMountWithItsOwnTypes() {
    assertThat(SDK.files()).containsKey(ROOT + "accounts/v1/ExampleClient.java");
    assertThat(SDK.files()).containsKey(ROOT + "messaging/v2/ExampleClient.java");
    assertThat(SDK.text(ROOT + "accounts/v1/models/Status.java")).contains("ACTIVE");
    assertThat(SDK.text(ROOT + "messaging/v2/models/Status.java")).contains("QUEUED");
    Set<String> folders = SDK.files().keySet().stream().filter(p -> p.startsWith(ROOT))
        .map(p -> p.substring(ROOT.length(), p.lastIndexOf('/') + 1)).collect(Collectors.toCollection(java.util.TreeSet::new));
    assertThat(folders).containsExactly("", "accounts/v1/", "accounts/v1/models/", "accounts/v1/services/", "core/",
        "errors/", "messaging/v2/", "messaging/v2/models/", "messaging/v2/services/");
  }

  @Test
  void theRuntimeTheExceptionsAndThePackageFilesArePrintedOnceAtTheRoot() {
    assertThat(SDK.files().keySet().stream().filter(p -> p.endsWith("/HttpExecutor.java")).toList())
        .containsExactly(ROOT + "core/HttpExecutor.java");
    assertThat(SDK.files().keySet().stream().filter(p -> p.endsWith("/ApiStatusException.java")).toList())
        .containsExactly(ROOT + "errors/ApiStatusException.java");
    assertThat(SDK.files().keySet().stream().filter(p -> p.endsWith("pom.xml") || p.endsWith("README.md")).toList())
        .containsExactly("pom.xml", "README.md");
    assertThat(SDK.files()).containsKey(ROOT + "core/MountSettings.java");
  }

  @Test
  void aMountsCodeImportsTheSharedRuntimeAndExceptions() {
    String endpoints = SDK.text(ROOT + "accounts/v1/services/AccountsEndpoints.java");
    assertThat(endpoints).startsWith("package dev.switchboard.generated.example.accounts.v1.services;");
    assertThat(endpoints).contains("import dev.switchboard.generated.example.core.");
    assertThat(endpoints).contains("import dev.switchboard.generated.example.accounts.v1.models.Account;");
    assertThat(SDK.text(ROOT + "messaging/v2/ExampleClient.java"))
        .contains("public Builder options(Consumer<ClientOptions.Builder> settings) {");
  }

  @Test
  void theRootClientReachesEachMountThroughItsNamespaceWithItsServerPathAndSchemes() {
    String client = SDK.text(ROOT + "ExampleClient.java");
    assertThat(client).contains("public Accounts accounts() {");
    assertThat(client).contains("public dev.switchboard.generated.example.accounts.v1.ExampleClient v1() {");
    assertThat(client).contains(".options(settings.forApi(\"/v1\", List.of(\"basicAuth\")))");
    assertThat(client).contains(".options(settings.forApi(\"\", List.of(\"basicAuth\")))");
    assertThat(client).contains("MountSettings.builder(SCHEMES, \"EXAMPLE_BASE_URL\")");
    assertThat(client).contains("public Builder basicAuth(String username, String password) {");
    assertThat(SDK.text("README.md")).contains("| `client.messaging().v2()` | Example Messaging |");
  }

  @Test
  void theRootClientHasTheShortcutMountsMembersAndAnAsynchronousClientOfTheSameShape() {
    String client = SDK.text(ROOT + "ExampleClient.java");
    assertThat(client).contains("public MessagesService messages() {\n    return messaging().v2().messages();");
    assertThat(client).contains("this.async = new ExampleClientAsync(this);\n  }");
    String async = SDK.text(ROOT + "ExampleClientAsync.java");
    assertThat(async).contains("public MessagesServiceAsync messages() {\n    return messaging().v2().messages();");
    assertThat(async).contains("public dev.switchboard.generated.example.accounts.v1.ExampleClientAsync v1() {\n"
        + "      return blocking.v1().async();");
    assertThat(SDK.text("README.md")).contains("| `client.messages()` | `client.messaging().v2().messages()` |");
  }

  @Test
  void aShortcutToATreeHasBothAccessorsOfAKeyedResourceAndYieldsToANamespacesName(@TempDir Path dir) throws Exception {
    Files.copy(RepoPaths.samples().resolve("resource-tree/openapi.yaml"), dir.resolve("tree.yaml"));
    Files.writeString(dir.resolve("calls.yaml"), """
        openapi: 3.0.3
        info: {title: Calls, version: '1'}
        servers: [{url: 'https://calls.example.test/v3'}]
        paths:
          /ping:
            get: {operationId: Ping, tags: [Ping], responses: {'204': {description: ok}}}
        """);
    Files.writeString(dir.resolve("switchboard.yaml"), """
        clientName: Tree
        specs: ["*.yaml"]
        shortcuts: api/v1
        defaults:
          AccountSid: {from: auth.username, option: account sid}
        """);
    FileSet sdk = Pipeline.generate(dir, new JavaPlugin());
    String client = sdk.files().entrySet().stream().filter(e -> e.getKey().endsWith("/TreeClient.java"))
        .map(e -> new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
        .filter(text -> text.contains("MountSettings settings")).findFirst().orElseThrow();
    assertThat(client).contains("public MessageList messages() {\n    return api().v1().messages();");
    assertThat(client).contains("public MessageContext messages(String sid) {\n    return api().v1().messages(sid);");
    // The mount's calls resource yields to the namespace calls.
    assertThat(client).contains("public Calls calls() {");
    assertThat(client).doesNotContain("CallList calls(");
  }

  @Test
  void aSingleSpecsClientBuilderTakesNoRootSettings() {
    FileSet alone = Pipeline.generate(RepoPaths.samples().resolve("multi-spec/accounts.yaml"), new JavaPlugin());
    assertThat(alone.text("src/main/java/dev/switchboard/generated/example/ExampleClient.java"))
        .doesNotContain("Consumer<ClientOptions.Builder>");
    assertThat(alone.files()).doesNotContainKey("src/main/java/dev/switchboard/generated/example/core/MountSettings.java");
  }

  @Test
  void aMountsPackageIsItsPathBelowTheRootAndTheRuntimeStaysAtTheRoot() {
    JavaPackages packages = JavaPackages.mounted("com.acme", List.of(Name.of("flex-api"), Name.of("v1beta2")));
    assertThat(packages.code()).isEqualTo("com.acme.flexapi.v1beta2");
    assertThat(packages.models()).isEqualTo("com.acme.flexapi.v1beta2.models");
    assertThat(packages.core()).isEqualTo("com.acme.core");
    assertThat(packages.errors()).isEqualTo("com.acme.errors");
    assertThat(packages.mounted()).isTrue();
    assertThat(JavaPackages.single("com.acme").mounted()).isFalse();
    assertThat(JavaPackages.segment(Name.of("class"))).isEqualTo("class_");
  }
}
