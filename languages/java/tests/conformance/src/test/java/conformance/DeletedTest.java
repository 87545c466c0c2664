package conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kitchensink.KitchenSinkClient;
import com.kitchensink.core.ApiResponse;
import com.kitchensink.models.DeleteAccountParams;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A delete without a response body returns whether the server deleted: true for any success but
 * 202 Accepted (queued, not yet done), blocking, asynchronous and raw; beside S05, against a local
 * server that answers with the status each test sets.
 */
@SuppressWarnings("deprecation")
class DeletedTest {
  private static final DeleteAccountParams PARAMS = DeleteAccountParams.builder().accountSid(Clients.SID).build();

  private final AtomicInteger status = new AtomicInteger();
  private HttpServer server;
  private KitchenSinkClient client;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      exchange.sendResponseHeaders(status.get(), -1);
      exchange.close();
    });
    server.start();
    client = KitchenSinkClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")
        .accountAuth(Clients.SID, "token-secret")
        .maxRetries(0)
        .build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void acceptedIsNotDeleted() throws Exception {
    status.set(202);
    assertFalse(client.accounts().delete(PARAMS));
    assertFalse(client.async().accounts().delete(PARAMS).get());
    ApiResponse<Boolean> raw = client.accounts().withRawResponse().delete(PARAMS);
    assertEquals(202, raw.statusCode());
    assertFalse(raw.body());
  }

  @Test
  void anyOtherSuccessIsDeleted() throws Exception {
    for (int code : new int[] {200, 204}) {
      status.set(code);
      assertTrue(client.accounts().delete(PARAMS), "status " + code);
      assertTrue(client.async().accounts().delete(PARAMS).get(), "status " + code);
    }
  }
}
