package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kitchensink.KitchenSinkClient;
import com.kitchensink.models.Account;
import com.kitchensink.models.FetchAccountParams;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls the SDK that switchboard:generate wrote into this build, against a server on 127.0.0.1. */
class KitchenSinkConsumerTest {
  private static final String SID = "AC0123456789abcdef0123456789abcdef";
  private HttpServer server;
  private KitchenSinkClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/health", exchange -> reply(exchange, "text/plain", "ok"));
    server.createContext("/v1/accounts/", exchange -> reply(exchange, "application/json",
        "{\"sid\":\"" + SID + "\",\"friendly_name\":\"Consumer\",\"status\":\"active\","
            + "\"date_created\":\"2026-01-02T03:04:05Z\",\"plan\":\"kept\"}"));
    server.start();
    client = KitchenSinkClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")
        .accountAuth(SID, "token-secret")
        .build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void reply(com.sun.net.httpserver.HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Test
  void callsTheGeneratedSdk() {
    assertEquals("ok", client.misc().getHealth());
    Account account = client.accounts().fetch(FetchAccountParams.builder().accountSid(SID).build());
    assertEquals("Consumer", account.friendlyName());
    assertEquals("active", account.status().value());
    assertEquals("kept", account.additionalProperties().get("plan").asText());
  }
}
