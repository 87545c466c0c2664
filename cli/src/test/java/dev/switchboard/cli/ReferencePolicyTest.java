package dev.switchboard.cli;

import static com.google.common.truth.Truth.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** $refs outside the spec's folder or over the network are refused unless the user opts in. */
class ReferencePolicyTest {
  @TempDir Path dir;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  private static final String REMOTE_SCHEMA = "type: object\nproperties:\n  secretField: {type: string}\n";

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = REMOTE_SCHEMA.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/remote.yaml";
  }

  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private Path openapi(String ref) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("spec"));
    return Files.writeString(folder.resolve("openapi.yaml"), """
        openapi: 3.0.3
        info: {title: Refs, version: '1'}
        paths:
          /things:
            get:
              operationId: listThings
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '%s'}
        """.formatted(ref));
  }

  private Path swagger2(String ref) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("spec2"));
    return Files.writeString(folder.resolve("swagger.yaml"), """
        swagger: '2.0'
        info: {title: Refs, version: '1'}
        paths:
          /things:
            get:
              operationId: listThings
              produces: [application/json]
              responses:
                '200':
                  description: ok
                  schema: {$ref: '%s'}
        """.formatted(ref));
  }

  private void assertRefused(Path spec, String id, String... extra) {
    Path out = dir.resolve("out");
    for (String[] command : new String[][] {
        {"validate", spec.toString()}, {"ir", spec.toString()}, {"generate", spec.toString(), "-l", "test-echo", "-o", out.toString()}}) {
      String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.Arrays.stream(extra)).toArray(String[]::new);
      Result result = run(args);
      assertThat(result.exitCode()).isEqualTo(ExitCodes.SPEC_ERRORS);
      assertThat(result.err()).contains(spec + ": /paths/~1things/get/responses/200/");
      assertThat(result.err()).contains("error: $ref '");
      assertThat(result.err()).contains(id.equals("remote-ref") ? "--allow-remote-refs" : "--allow-ref-root");
      assertThat(result.err()).doesNotContain("Exception");
      assertThat(result.out()).doesNotContain("secret");
      assertThat(Files.exists(out)).isFalse();
    }
  }

  @Test
  void remoteRefsMakeNoRequestByDefaultInOpenApi3AndSwagger2() throws IOException {
    assertRefused(openapi(url() + "#/"), "remote-ref");
    assertRefused(swagger2(url()), "remote-ref");
    for (String ref : new String[] {"https://127.0.0.1:1/x.yaml", "file:///etc/passwd", "ftp://127.0.0.1/x.yaml", "//127.0.0.1/x.yaml", "jar:file:/x!/y"}) {
      assertRefused(openapi(ref), "remote-ref");
    }
    assertThat(requests.get()).isEqualTo(0);
  }

  @Test
  void remoteRefsAreFollowedWhenAllowed() throws IOException {
    Result result = run("validate", openapi(url()).toString(), "--allow-remote-refs");
    assertThat(result.err()).doesNotContain("remote-ref");
    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(requests.get()).isGreaterThan(0);
  }

  @Test
  void anAllowedRemoteRefThatCannotBeLoadedIsASpecError() throws IOException {
    server.stop(0);
    Result result = run("validate", openapi(url()).toString(), "--allow-remote-refs");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.SPEC_ERRORS);
    assertThat(result.err()).contains("error: a referenced document could not be loaded");
    assertThat(result.err()).doesNotContain("internal error");
  }

  @Test
  void refsOutsideTheSpecFolderAreNotReadByDefault() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path secret = Files.writeString(outside.resolve("secret.yaml"), "type: object\nproperties:\n  secretField: {type: string}\n");
    assertRefused(openapi("../outside/secret.yaml"), "outside-ref");
    assertRefused(openapi(secret.toString()), "outside-ref");
    assertRefused(openapi("/etc/passwd"), "outside-ref");
    assertRefused(swagger2("../outside/secret.yaml"), "outside-ref");
    Files.createSymbolicLink(dir.resolve("spec/inside.yaml"), secret);
    assertRefused(openapi("inside.yaml"), "outside-ref");
    Files.createSymbolicLink(dir.resolve("spec/linked"), outside);
    assertRefused(openapi("linked/secret.yaml"), "outside-ref");
  }

  @Test
  void aReferencedFileCannotReachFurtherThanTheSpec() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.yaml"), "type: object\n");
    Path spec = openapi("schemas.yaml#/Thing");
    Files.writeString(spec.resolveSibling("schemas.yaml"), "Thing: {$ref: '../outside/secret.yaml'}\nOther: {$ref: '" + url() + "'}\n");
    Result result = run("validate", spec.toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.SPEC_ERRORS);
    assertThat(result.err()).contains("schemas.yaml#/Thing/$ref: error: $ref '../outside/secret.yaml' leads outside");
    assertThat(result.err()).contains("schemas.yaml#/Other/$ref: error: $ref '" + url() + "' points at a URL");
    assertThat(requests.get()).isEqualTo(0);
  }

  @Test
  void anAllowedRootIsRead() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.yaml"), "type: object\nproperties:\n  secretField: {type: string}\n");
    Path spec = openapi("../outside/secret.yaml");
    Result result = run("generate", spec.toString(), "-l", "test-echo", "-o", dir.resolve("out").toString(), "--allow-ref-root", outside.toString());
    assertThat(result.err()).doesNotContain("outside-ref");
    assertThat(result.exitCode()).isEqualTo(0);
  }

  @Test
  void configsAndTemplatesThatLinkOutOfTheirFolderAreRefused() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path spec = openapi("#/components/schemas/X");
    Files.writeString(spec, Files.readString(spec) + "components:\n  schemas:\n    X: {type: object, properties: {a: {type: string}}}\n");
    Path config = Files.writeString(outside.resolve("switchboard.yaml"), "clientName: Leaked\n");
    Files.createSymbolicLink(spec.resolveSibling("switchboard.yaml"), config);
    Result configResult = run("validate", spec.toString());
    assertThat(configResult.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(configResult.err()).contains("the config is a symbolic link leading out of");
    Files.delete(spec.resolveSibling("switchboard.yaml"));

    Path templates = Files.createDirectories(dir.resolve("templates/test-echo"));
    Path stolen = Files.writeString(outside.resolve("type.txt.mustache"), "stolen\n");
    Files.createSymbolicLink(templates.resolve("type.txt.mustache"), stolen);
    Result templateResult = run("generate", spec.toString(), "-l", "test-echo", "-o", dir.resolve("out").toString(),
        "--templates", dir.resolve("templates").toString());
    assertThat(templateResult.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(templateResult.err()).contains("the template is a symbolic link leading out of");
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
  }
}
