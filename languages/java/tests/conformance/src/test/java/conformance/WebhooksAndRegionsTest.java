package conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kitchensink.KitchenSinkClient;
import com.kitchensink.Webhooks;
import com.kitchensink.core.ClientOptions;
import com.kitchensink.core.HostRewrite;
import com.kitchensink.core.UploadFile;
import com.kitchensink.core.WebhookRequest;
import com.kitchensink.core.WebhookScheme;
import com.kitchensink.core.WebhookVerificationException;
import com.kitchensink.models.UploadRecordingParams;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * S54, S55, S57: webhook signatures checked against the official libraries' vectors; region and edge
 * hosts, and region and edge values that are not host labels.
 */
class WebhooksAndRegionsTest {
  private static final List<JsonNode> VECTORS = vectors();

  private static List<JsonNode> vectors() {
    Path file = Wire.MAPPINGS.getParent().resolve("webhooks/vectors.json");
    try {
      JsonNode cases = new ObjectMapper().readTree(file.toFile()).get("cases");
      return StreamSupport.stream(cases.spliterator(), false).toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  private static WebhookScheme scheme(JsonNode c) {
    JsonNode s = c.get("scheme");
    return WebhookScheme.of(s.get("scheme").asText(), s.get("header").asText(), s.get("algorithm").asText(),
        s.get("encoding").asText(), s.get("prefix").asText(), s.get("signs").asText(), s.get("toleranceSeconds").asLong());
  }

  private static WebhookRequest request(JsonNode c, UnaryOperator<WebhookRequest.Builder> changes) {
    WebhookRequest.Builder builder = WebhookRequest.builder().secret(c.get("secret").asText())
        .body(c.get("body").asText()).now(Instant.ofEpochSecond(c.get("now").asLong()));
    c.get("headers").fields().forEachRemaining(h -> builder.header(h.getKey(), h.getValue().asText()));
    if (!c.get("url").asText().isEmpty()) {
      builder.url(c.get("url").asText());
    }
    c.get("params").forEach(p -> builder.param(p.get(0).asText(), p.get(1).asText()));
    return changes.apply(builder).build();
  }

  @Test
  void s54_vectorsCoverEverySchemeAndOutcome() {
    Set<String> schemes = new TreeSet<>();
    Set<Boolean> outcomes = new TreeSet<>();
    VECTORS.forEach(c -> {
      schemes.add(c.get("name").asText().split(":")[0]);
      outcomes.add(c.get("valid").asBoolean());
    });
    assertEquals(Set.of("github", "stripe", "twilio"), schemes);
    assertEquals(Set.of(true, false), outcomes);
  }

  @TestFactory
  Stream<DynamicTest> s54_runtimeVerifierAgreesWithTheOfficialLibraries() {
    return VECTORS.stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () ->
        assertEquals(c.get("valid").asBoolean(), scheme(c).isValid(request(c, b -> b)), c.get("name").asText())));
  }

  @Test
  void s54_theSdkEntryPointUsesTheConfiguredScheme() {
    JsonNode c = VECTORS.stream().filter(v -> v.get("name").asText().equals("stripe: valid")).findFirst().orElseThrow();
    String signature = c.get("headers").get("Stripe-Signature").asText();
    long now = c.get("now").asLong();
    UnaryOperator<WebhookRequest.Builder> renamed = b -> b.header("kitchensink-signature", signature);
    Webhooks.verify(request(c, renamed));
    assertTrue(Webhooks.isValid(request(c, renamed)));
    assertFalse(Webhooks.isValid(request(c, b -> renamed.apply(b).secret("whsec_other"))));
    assertFalse(Webhooks.isValid(request(c, b -> renamed.apply(b).body(c.get("body").asText() + " "))));
    WebhookVerificationException stale = assertThrows(WebhookVerificationException.class,
        () -> Webhooks.verify(request(c, b -> renamed.apply(b).now(Instant.ofEpochSecond(now + 300)))));
    assertTrue(stale.getMessage().contains("older than 300 s"), stale.getMessage());
    Webhooks.verify(request(c, b -> renamed.apply(b).now(Instant.ofEpochSecond(now + 300)).tolerance(Duration.ofSeconds(600))));
    WebhookVerificationException missing = assertThrows(WebhookVerificationException.class,
        () -> Webhooks.verify(request(c, b -> b)));
    assertTrue(missing.getMessage().contains("no KitchenSink-Signature header"), missing.getMessage());
    assertEquals("KitchenSink-Signature", Webhooks.SCHEME.header());
  }

  private static List<URI> upload(UnaryOperator<KitchenSinkClient.Builder> settings) {
    Clients.Forwarding transport = new Clients.Forwarding();
    KitchenSinkClient client = settings.apply(KitchenSinkClient.builder().httpClient(transport)
        .accountAuth(Clients.SID, "token-secret")).build();
    client.recordings().upload(UploadRecordingParams.builder().callId(42)
        .file(UploadFile.of(CallsAndRecordingsTest.B256, "greeting.wav")).build());
    return new ArrayList<>(transport.asked);
  }

  private static List<URI> at(String host) {
    return List.of(URI.create("https://" + host + "/v1/calls/42/recordings"));
  }

  @Test
  void s55_regionAndEdgeMoveTheMediaHost() {
    Wire.load("S17");
    Map<String, String> environment = new HashMap<>(Map.of("KITCHEN_SINK_USERNAME", Clients.SID,
        "KITCHEN_SINK_PASSWORD", "token-secret"));
    assertEquals(at("media.kitchensink.test"), upload(b -> b.fromEnv(environment)));
    assertEquals(at("media.dublin.ie1.kitchensink.test"), upload(b -> b.mediaRegion("ie1").mediaEdge("dublin")));
    assertEquals(at("media.sydney.us1.kitchensink.test"), upload(b -> b.mediaEdge("sydney")));
    assertEquals(at("media.au1.kitchensink.test"), upload(b -> b.mediaRegion("au1")));
    environment.put("KITCHEN_SINK_MEDIA_REGION", "ie1");
    environment.put("KITCHEN_SINK_MEDIA_EDGE", "dublin");
    assertEquals(at("media.dublin.ie1.kitchensink.test"), upload(b -> b.fromEnv(environment)));
    assertEquals(at("media.frankfurt.ie1.kitchensink.test"), upload(b -> b.fromEnv(environment).mediaEdge("frankfurt")));
    // The API's own host has two labels in front of kitchensink.test: it does not match *.kitchensink.test.
    Wire.load("S29");
    Clients.Forwarding transport = new Clients.Forwarding();
    KitchenSinkClient client = KitchenSinkClient.builder().mediaRegion("ie1").httpClient(transport).build();
    assertEquals("ok", client.misc().getHealth());
    assertEquals(List.of(URI.create("https://us1.api.kitchensink.test/v1/health")), transport.asked);
  }

  private static final List<String> HOSTILE = List.of("evil.test#", "evil.test/x", "user@evil.test",
      "evil.test:8080", ".", "-us1", "us1-", "a".repeat(64), "us 1");

  @Test
  void s57_aRegionOrEdgeThatIsNotAHostLabelIsRefusedBeforeAnyRequest() {
    Wire.load("S17");
    Clients.Forwarding transport = new Clients.Forwarding();
    for (String value : HOSTILE) {
      Map<String, UnaryOperator<KitchenSinkClient.Builder>> attempts = new java.util.LinkedHashMap<>();
      attempts.put("mediaRegion", b -> b.mediaRegion(value));
      attempts.put("mediaEdge", b -> b.mediaEdge(value));
      attempts.put("KITCHEN_SINK_MEDIA_REGION", b -> b.fromEnv(credentialsAnd("KITCHEN_SINK_MEDIA_REGION", value)));
      attempts.put("KITCHEN_SINK_MEDIA_EDGE", b -> b.fromEnv(credentialsAnd("KITCHEN_SINK_MEDIA_EDGE", value)));
      attempts.forEach((source, settings) -> {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> {
          KitchenSinkClient client = settings.apply(KitchenSinkClient.builder().httpClient(transport)
              .accountAuth(Clients.SID, "token-secret")).build();
          client.recordings().upload(UploadRecordingParams.builder().callId(42)
              .file(UploadFile.of(CallsAndRecordingsTest.B256, "greeting.wav")).build());
        }, source + " = " + value);
        assertTrue(refused.getMessage().startsWith(source + " ") && refused.getMessage().contains("host label"),
            refused.getMessage());
      });
    }
    assertEquals(List.of(), transport.asked);
    assertEquals(List.of(), Wire.journal());
  }

  private static Map<String, String> credentialsAnd(String name, String value) {
    return Map.of("KITCHEN_SINK_USERNAME", Clients.SID, "KITCHEN_SINK_PASSWORD", "token-secret", name, value);
  }

  @Test
  void s57_hostLabelsAreAccepted() {
    for (String value : List.of("a".repeat(63), "xn--p1ai", "US-1")) {
      KitchenSinkClient.builder().mediaRegion(value)
          .fromEnv(credentialsAnd("KITCHEN_SINK_MEDIA_EDGE", value)).build();
    }
  }

  @Test
  void hostRewriteNamesTheSourceAndTheRule() {
    HostRewrite rule = HostRewrite.of(List.of("*.x.test"), "{host}.{edge}.{region}.x.test", null, "region", "R",
        "edge", "E");
    for (String value : List.of("evil.test#", "a/b", "u@evil.test", "evil:1", "a.b", "-a", "a-", "a".repeat(64),
        "\u00e91", "ie1\n")) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> ClientOptions.builder("https://api.x.test", List.of()).hosts(rule).edge(value).build());
      assertTrue(refused.getMessage().startsWith("edge \"")
          && refused.getMessage().contains("1-63 letters, digits or '-', not starting or ending with '-'"),
          refused.getMessage());
      if (value.strip().equals(value)) { // a variable's value is trimmed first, as every runtime does
        IllegalArgumentException fromEnv = assertThrows(IllegalArgumentException.class,
            () -> ClientOptions.builder("https://api.x.test", List.of()).hosts(rule)
                .environment(Map.of("R", value)::get).build());
        assertTrue(fromEnv.getMessage().startsWith("R \""), fromEnv.getMessage());
      }
    }
    ClientOptions options = ClientOptions.builder("https://api.x.test", List.of()).hosts(rule)
        .environment(Map.of("R", " " + "a".repeat(63) + " ")::get).edge("E-1").build();
    assertEquals(URI.create("https://api.E-1." + "a".repeat(63) + ".x.test/v1?a=1"),
        options.rewrite(URI.create("https://api.x.test/v1?a=1")));
  }
}
