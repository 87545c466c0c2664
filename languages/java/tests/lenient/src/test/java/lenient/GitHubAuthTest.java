package lenient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.repos.GithubClient;
import com.github.repos.models.ReposGetParams;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK of conformance/github/openapi.json with conformance/github/switchboard.yaml: GitHub's spec
 * declares no security scheme, and the config's {@code auth:} makes every call send the bearer
 * token read from GITHUB_TOKEN and pin X-GitHub-Api-Version, to a server on 127.0.0.1.
 */
class GitHubAuthTest {
  private final List<String> authorization = new CopyOnWriteArrayList<>();
  private final List<String> userAgent = new CopyOnWriteArrayList<>();
  private final List<String> apiVersion = new CopyOnWriteArrayList<>();
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      authorization.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      userAgent.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
      apiVersion.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-GitHub-Api-Version")));
      byte[] body = "{\"id\": 1}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private GithubClient.Builder builder() {
    return GithubClient.builder().baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).maxRetries(0);
  }

  private static void get(GithubClient client) {
    client.repos().get(ReposGetParams.builder().owner("octocat").repo("Hello-World").build());
  }

  @Test
  void theTokenComesFromGithubToken() {
    get(builder().fromEnv(Map.of("GITHUB_TOKEN", "ghp_from_the_environment")).build());
    assertEquals(List.of("Bearer ghp_from_the_environment"), authorization);
    assertEquals(List.of("2022-11-28"), apiVersion);
  }

  @Test
  void aTokenGivenIsSent() {
    get(builder().token("ghp_given").build());
    assertEquals(List.of("Bearer ghp_given"), authorization);
  }

  @Test
  void aMissingTokenNamesTheVariableAndSendsNothing() {
    RuntimeException missing = assertThrows(RuntimeException.class, () -> builder().fromEnv(Map.of()).build());
    assertTrue(missing.getMessage().contains("GITHUB_TOKEN"), missing.getMessage());
    assertEquals(List.of(), authorization);
  }

  @Test
  void theUserAgentNamesThisSdkItsVersionAndJava() {
    get(builder().token("t").build());
    assertEquals(List.of("github-repos/0.1.0 java/" + System.getProperty("java.version")), userAgent);
  }
}
