package lenient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.repos.GithubClient;
import com.github.repos.core.MissingFieldException;
import com.github.repos.errors.ApiDecodeException;
import com.github.repos.models.FullRepository;
import com.github.repos.models.ReposGetParams;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GitHub's own example response for GET /repos/{owner}/{repo} decodes with the SDK of
 * conformance/github/openapi.json, served by a server on 127.0.0.1: the example lacks the required
 * {@code language}, and the copy under conformance/github/ carries {@code topics} as a string.
 */
class GitHubRepositoryTest {
  private static final Path EXAMPLE = Path.of("../../../../conformance/github/full-repository.json");
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private byte[] body;
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    body = Files.readAllBytes(EXAMPLE);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath());
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

  private FullRepository fetch() {
    GithubClient client = GithubClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
        .token("test-token")
        .maxRetries(0)
        .build();
    return client.repos().get(ReposGetParams.builder().owner("octocat").repo("Hello-World").build());
  }

  @Test
  void exampleDecodesWithPresentFieldsTyped() {
    FullRepository repo = fetch();
    assertEquals(List.of("GET /repos/octocat/Hello-World"), seen);
    assertEquals(1296269L, repo.id());
    assertEquals("Hello-World", repo.name());
    assertEquals("octocat/Hello-World", repo.fullName());
    assertFalse(repo.private_());
    assertEquals("octocat", repo.owner().login());
    assertFalse(repo.owner().siteAdmin());
    assertEquals(OffsetDateTime.parse("2011-01-26T19:01:12Z"), repo.createdAt());
    assertEquals("MIT", repo.license().orElseThrow().spdxId().orElseThrow());
    assertTrue(repo.permissions().orElseThrow().pull());
    assertEquals(9L, repo.forksCount());
    assertEquals("Hello-World-Template",
        repo.additionalProperties().get("template_repository").get("name").asText());
  }

  @Test
  void mismatchedFieldReadsAsAbsentAndStaysReachableRaw() {
    FullRepository repo = fetch();
    assertTrue(repo.topics().isEmpty());
    Map<String, JsonNode> mismatched = repo.mismatchedProperties();
    assertEquals(List.of("topics"), List.copyOf(mismatched.keySet()));
    assertEquals("octocat,atom,electron,api", mismatched.get("topics").asText());
    assertTrue(repo.owner().mismatchedProperties().isEmpty());
  }

  @Test
  void missingRequiredNullableFieldReadsAsEmpty() {
    FullRepository repo = fetch();
    assertTrue(repo.language().isEmpty());
    assertFalse(repo.mismatchedProperties().containsKey("language"));
  }

  @Test
  void missingRequiredFieldThrowsWhenRead() throws IOException {
    ObjectNode changed = (ObjectNode) new ObjectMapper().readTree(body);
    changed.remove("name");
    ((ObjectNode) changed.get("owner")).put("id", "one");
    body = changed.toString().getBytes(StandardCharsets.UTF_8);
    FullRepository repo = fetch();
    MissingFieldException missing = assertThrows(MissingFieldException.class, repo::name);
    assertEquals("name", missing.property());
    assertEquals("octocat/Hello-World", repo.fullName());
    assertEquals("one", repo.owner().mismatchedProperties().get("id").asText());
    assertThrows(MissingFieldException.class, () -> repo.owner().id());
  }

  @Test
  void bodyThatIsNotJsonIsAnError() {
    body = new String(body, StandardCharsets.UTF_8).substring(0, 200).getBytes(StandardCharsets.UTF_8);
    assertThrows(ApiDecodeException.class, this::fetch);
  }
}
