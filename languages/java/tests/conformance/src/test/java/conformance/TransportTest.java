package conformance;

import static conformance.Clients.BASIC;
import static conformance.Clients.SID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kitchensink.KitchenSinkClient;
import com.kitchensink.errors.ApiConnectionException;
import com.kitchensink.errors.ApiTimeoutException;
import com.kitchensink.models.Call;
import com.kitchensink.models.CreateCallParams;
import com.kitchensink.models.FetchAccountParams;
import com.kitchensink.models.FetchCallParams;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S26, S27, S29, S30: connection failures, timeouts, servers and credentials from the environment. */
class TransportTest {
  @Test
  void s26_retriesGetOnConnectionFailureButNotPostWithoutKey() {
    Wire.load("S26");
    KitchenSinkClient client = Clients.standard();
    Call call = client.calls().fetch(FetchCallParams.builder().callId(1026).build());
    assertEquals(1026, call.id());
    assertThrows(ApiConnectionException.class,
        () -> client.calls().create(CreateCallParams.builder().to("+15551230001").from("+15559870000").build()));
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(List.of("GET /v1/calls/1026", "GET /v1/calls/1026", "POST /v1/calls"),
        seen.stream().map(s -> s.method() + " " + s.url()).toList());
  }

  @Test
  void s27_timesOutWithinTheConfiguredTimeout() {
    Wire.load("S27");
    KitchenSinkClient client = KitchenSinkClient.builder().baseUrl(Wire.W + "/v1")
        .accountAuth(SID, "token-secret").apiKeyAuth("key-123")
        .timeout(Duration.ofSeconds(1)).maxRetries(0).build();
    long start = System.nanoTime();
    assertThrows(ApiTimeoutException.class, () -> client.misc().getHealth());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis >= 1000 && millis < 2000, "took " + millis + " ms");
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/health", seen.get(0).url());
  }

  @Test
  void s29_regionVariableAndBaseUrlChooseTheHost() {
    Wire.load("S29");
    Clients.Forwarding ireland = new Clients.Forwarding();
    Clients.Forwarding standard = new Clients.Forwarding();
    KitchenSinkClient ie1 = KitchenSinkClient.builder().region("ie1").httpClient(ireland).build();
    KitchenSinkClient us1 = KitchenSinkClient.builder().httpClient(standard).build();
    assertEquals("ok", ie1.misc().getHealth());
    assertEquals("ok", us1.misc().getHealth());
    assertEquals("ok", KitchenSinkClient.builder().baseUrl(Wire.W + "/v1").build().misc().getHealth());
    assertEquals(List.of(URI.create("https://ie1.api.kitchensink.test/v1/health")), ireland.asked);
    assertEquals(List.of(URI.create("https://us1.api.kitchensink.test/v1/health")), standard.asked);
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(3, seen.size());
    seen.forEach(s -> assertEquals("GET /v1/health", s.method() + " " + s.url()));
  }

  @Test
  void s30_credentialsComeFromTheEnvironment() throws Exception {
    Wire.load("S30");
    assertEquals("ok", child(Map.of("KITCHEN_SINK_USERNAME", SID, "KITCHEN_SINK_PASSWORD", "token-secret")));
    assertEquals("ok", child(Map.of("KITCHEN_SINK_TOKEN", "bearer-token")));
    String failure = child(Map.of());
    assertTrue(failure.startsWith("error:") && failure.contains("KITCHEN_SINK_USERNAME"), failure);
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(2, seen.size());
    seen.forEach(s -> assertEquals("/v1/accounts/" + SID, s.url()));
    assertEquals(BASIC, seen.get(0).header("Authorization"));
    assertEquals("Bearer bearer-token", seen.get(1).header("Authorization"));
  }

  /** Runs {@link Child} in a JVM whose environment holds only the given credentials. */
  private static String child(Map<String, String> credentials) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Child.class.getName(), Wire.W);
    List.of("KITCHEN_SINK_USERNAME", "KITCHEN_SINK_PASSWORD", "KITCHEN_SINK_TOKEN", "KITCHEN_SINK_API_KEY")
        .forEach(builder.environment()::remove);
    builder.environment().putAll(credentials);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, process.waitFor(), output);
    return output;
  }

  /** Builds a client with only a base URL and fetches the account. */
  public static final class Child {
    public static void main(String[] args) {
      try {
        KitchenSinkClient client = KitchenSinkClient.builder().baseUrl(args[0] + "/v1").build();
        client.accounts().fetch(FetchAccountParams.builder().accountSid(SID).build());
        System.out.println("ok");
      } catch (RuntimeException e) {
        System.out.println("error: " + e.getMessage());
      }
    }
  }
}
