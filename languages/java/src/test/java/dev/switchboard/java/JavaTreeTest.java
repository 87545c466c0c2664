package dev.switchboard.java;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.pipeline.Director;
import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import dev.switchboard.core.testing.Specs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client of a spec with a resource tree: each call reaches its path with the values the
 * resources on the way bound, a shortcut leaves the account to the client's default, and the
 * operations no resource calls stay on flat resources whose names yield to the tree's.
 */
class JavaTreeTest {
  @TempDir
  Path dir;

  /** A program calling the sample's SDK the tree's way; the test server records what it sends. */
  private static final String PROBE = """
      package probe;

      import %1$s.TreeClient;
      import %1$s.models.MessageCreateParams;

      public final class Probe {
        public static void run(String url) throws Exception {
          TreeClient client = TreeClient.builder().baseUrl(url).basicAuth("ACdefault", "token").maxRetries(0).build();
          client.accounts("AC1").messages("SM1").media("ME1").fetch();
          client.messages().create(MessageCreateParams.builder().to("+15550001").build());
          client.messages("SM2").delete();
          client.calls().feedbackSummary().create();
          client.sip().domains().list();
          client.inbound().fetch();
          client.async().accounts("AC2").calls("CA1").update().get();
          TreeClient.builder().baseUrl(url).basicAuth("ACdefault", "token").accountSid("ACoption").build()
              .balance().fetch();
        }
      }
      """;

  @Test
  void callsReachTheirPathsWithTheValuesBoundOnTheWay() throws Exception {
    FileSet sdk = Pipeline.generate(RepoPaths.samples().resolve("resource-tree/openapi.yaml"), new JavaPlugin());
    List<String> requests = Collections.synchronizedList(new ArrayList<>());
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requests.add(exchange.getRequestMethod() + " " + path);
      byte[] body = (path.endsWith("/Domains.json") ? "[]" : "{}").getBytes(StandardCharsets.UTF_8);
      boolean empty = exchange.getRequestMethod().equals("DELETE");
      exchange.sendResponseHeaders(empty ? 204 : 200, empty ? -1 : body.length);
      if (!empty) {
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    server.start();
    try {
      run(sdk, "http://127.0.0.1:" + server.getAddress().getPort());
    } finally {
      server.stop(0);
    }
    assertThat(requests).containsExactly(
        "GET /v1/Accounts/AC1/Messages/SM1/Media/ME1.json",
        "POST /v1/Accounts/ACdefault/Messages.json",
        "DELETE /v1/Accounts/ACdefault/Messages/SM2.json",
        "POST /v1/Accounts/ACdefault/Calls/FeedbackSummary.json",
        "GET /v1/Accounts/ACdefault/SIP/Domains.json",
        "GET /v1/Reports/Inbound.json",
        "POST /v1/Accounts/AC2/Calls/CA1.json",
        "GET /v1/Accounts/ACoption/Balance.json").inOrder();
  }

  @Test
  void operationsNoResourceCallsStayFlatAndTheirNamesYieldToTheTrees() {
    Path spec = Specs.write(dir, "openapi.yaml", """
        openapi: 3.0.3
        info: {title: Tree, version: '1'}
        servers: [{url: 'https://api.example.test'}]
        components:
          schemas:
            AccountList: {type: object, properties: {total: {type: integer}}}
        paths:
          /v1/Accounts.json:
            x-twilio: {pathType: list}
            post: {operationId: CreateAccount, tags: [Accounts], responses: {'204': {description: ok}}}
          /v1/Accounts/{Sid}.json:
            x-twilio: {pathType: instance}
            parameters: [{name: Sid, in: path, required: true, schema: {type: string}}]
            get: {operationId: FetchAccount, tags: [Accounts], responses: {'204': {description: ok}}}
          /v1/Accounts/{AccountSid}/{Kind}.json:
            parameters:
              - {name: AccountSid, in: path, required: true, schema: {type: string}}
              - {name: Kind, in: path, required: true, schema: {type: string}}
            get:
              operationId: FetchAccountKind
              tags: [Accounts]
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/AccountList'}}}}
        """);
    Specs.write(dir, Director.CONFIG_FILE, "clientName: Tree\n");
    Map<String, String> files = sources(Pipeline.generate(spec, new JavaPlugin()));
    String client = file(files, "/TreeClient.java");
    // The tree's root keeps its name; the model keeps its own, so the tree's class takes a number.
    assertThat(client).contains("public AccountList2 accounts() {");
    assertThat(client).contains("public AccountContext accounts(String sid) {");
    assertThat(file(files, "/models/AccountList.java")).contains("public final class AccountList ");
    // The flat resource holds only the operation no resource calls, under the name left to it.
    assertThat(client).contains("public AccountsService accounts2() {");
    String endpoints = file(files, "/services/AccountsEndpoints.java");
    assertThat(endpoints).contains("\"/v1/Accounts/{AccountSid}/{Kind}.json\"");
    assertThat(endpoints).doesNotContain("\"/v1/Accounts/{Sid}.json\"");
    assertThat(file(files, "/services/AccountContextEndpoints.java")).contains("\"/v1/Accounts/{Sid}.json\"");
  }

  @Test
  void aKeyedResourceWhoseCollectionHasNothingToCallIsReachedOnlyByItsKey() {
    Path spec = Specs.write(dir, "openapi.yaml", """
        openapi: 3.0.3
        info: {title: Tree, version: '1'}
        servers: [{url: 'https://api.example.test'}]
        paths:
          /v1/Accounts/{Sid}.json:
            x-twilio: {pathType: instance}
            parameters: [{name: Sid, in: path, required: true, schema: {type: string}}]
            get: {operationId: FetchAccount, tags: [Accounts], responses: {'204': {description: ok}}}
        """);
    Specs.write(dir, Director.CONFIG_FILE, "clientName: Tree\n");
    Map<String, String> files = sources(Pipeline.generate(spec, new JavaPlugin()));
    String client = file(files, "/TreeClient.java");
    assertThat(client).contains("public AccountContext accounts(String sid) {");
    assertThat(client).doesNotContain("accounts() {");
    assertThat(files.keySet().stream().filter(name -> name.endsWith("/AccountList.java")).toList()).isEmpty();
  }

  @Test
  void treeParamsAreNamedAfterTheResourceThenTheMethodAndYieldToAModelFlatOnesKeepTheOperationsName() {
    Path spec = Specs.write(dir, "openapi.yaml", """
        openapi: 3.0.3
        info: {title: Tree, version: '1'}
        servers: [{url: 'https://api.example.test'}]
        components:
          schemas:
            MessageCreateParams: {type: object, properties: {total: {type: integer}}}
        paths:
          /v1/Messages.json:
            x-twilio: {pathType: list}
            post:
              operationId: CreateMessage
              tags: [Messages]
              parameters: [{name: To, in: query, schema: {type: string}}]
              responses: {'204': {description: ok}}
          /v1/Calls.json:
            x-twilio: {pathType: list}
            get:
              operationId: ListCall
              tags: [Calls]
              parameters: [{name: Status, in: query, schema: {type: string}}]
              responses: {'204': {description: ok}}
          /v1/Things/{Kind}/{Id}:
            parameters:
              - {name: Kind, in: path, required: true, schema: {type: string}}
              - {name: Id, in: path, required: true, schema: {type: string}}
            get:
              operationId: FetchThing
              tags: [Things]
              parameters: [{name: Verbose, in: query, schema: {type: string}}]
              responses: {'204': {description: ok}}
        """);
    Specs.write(dir, Director.CONFIG_FILE, "clientName: Tree\n");
    Map<String, String> files = sources(Pipeline.generate(spec, new JavaPlugin()));
    assertThat(file(files, "/models/CallListParams.java")).contains("public final class CallListParams ");
    // A model has the name first: the tree's params take a number, deterministically.
    assertThat(file(files, "/models/MessageCreateParams.java")).contains("private final Long total;");
    assertThat(file(files, "/services/MessageList.java")).contains("public void create(MessageCreateParams2 params)");
    assertThat(file(files, "/models/FetchThingParams.java")).contains("public final class FetchThingParams ");
  }

  @Test
  void theVerbsOptionRenamesTreeMethodsTheirParamsAndReadmeExamples() throws IOException {
    Path sample = RepoPaths.samples().resolve("resource-tree");
    Path spec = Files.copy(sample.resolve("openapi.yaml"), dir.resolve("openapi.yaml"));
    Specs.write(dir, Director.CONFIG_FILE, Files.readString(sample.resolve(Director.CONFIG_FILE))
        + "languages:\n  java: {verbs: 'delete=remove,update=modify'}\n");
    Map<String, String> files = sources(Pipeline.generate(spec, new JavaPlugin()));
    String context = file(files, "/services/MessageContext.java");
    assertThat(context).contains("public boolean remove() {");
    assertThat(context).contains("public Message modify(MessageModifyParams params) {");
    assertThat(context).contains("public ApiResponse<Boolean> remove() {");
    assertThat(context).doesNotContain(" delete(");
    assertThat(file(files, "/services/MessageContextAsync.java")).contains("public CompletableFuture<Boolean> remove() {");
    assertThat(files.keySet().stream().filter(path -> path.endsWith("/MessageUpdateParams.java")).toList()).isEmpty();
    // A verb the option does not name keeps the plan's word.
    assertThat(context).contains("public Message fetch() {");
    String readme = files.get("README.md");
    assertThat(readme).contains("boolean deleted = client.messages(\"Sid\").remove();");
    assertThat(readme).doesNotContain(").delete(");
  }

  @Test
  void aResourceWhoseEveryOperationTheTreeCallsIsNotPrintedFlat() {
    Map<String, String> files =
        sources(Pipeline.generate(RepoPaths.samples().resolve("resource-tree/openapi.yaml"), new JavaPlugin()));
    assertThat(files.keySet().stream().filter(path -> path.endsWith("Service.java")).toList()).isEmpty();
  }

  private static Map<String, String> sources(FileSet files) {
    Map<String, String> sources = new java.util.TreeMap<>();
    files.files().forEach((path, bytes) -> sources.put(path, new String(bytes, StandardCharsets.UTF_8)));
    return sources;
  }

  private static String file(Map<String, String> files, String suffix) {
    return files.entrySet().stream().filter(e -> e.getKey().endsWith(suffix)).map(Map.Entry::getValue)
        .findFirst().orElseThrow(() -> new AssertionError("no file " + suffix));
  }

  /** Compiles the SDK with the probe and runs the probe against {@code url}. */
  private void run(FileSet sdk, String url) throws Exception {
    Path sources = dir.resolve("src");
    List<String> paths = new ArrayList<>();
    String clientPackage = null;
    for (Map.Entry<String, byte[]> file : sdk.files().entrySet()) {
      if (file.getKey().endsWith(".java")) {
        Path path = write(sources.resolve(file.getKey()), file.getValue());
        paths.add(path.toString());
        if (file.getKey().endsWith("/TreeClient.java")) {
          clientPackage = file.getKey().replaceFirst("^src/main/java/", "").replaceFirst("/TreeClient\\.java$", "")
              .replace('/', '.');
        }
      }
    }
    paths.add(write(sources.resolve("probe/Probe.java"), PROBE.formatted(clientPackage).getBytes(StandardCharsets.UTF_8))
        .toString());
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-cp",
        System.getProperty("java.class.path"), "-proc:none", "-nowarn"));
    arguments.addAll(paths);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
    assertWithMessage(errors.toString(StandardCharsets.UTF_8)).that(status).isEqualTo(0);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      loader.loadClass("probe.Probe").getMethod("run", String.class).invoke(null, url);
    }
  }

  private static Path write(Path path, byte[] content) throws IOException {
    Files.createDirectories(path.getParent());
    return Files.write(path, content);
  }
}
