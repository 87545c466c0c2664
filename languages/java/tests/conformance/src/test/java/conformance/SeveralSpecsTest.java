package conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.switchboard.generated.example.ExampleClient;
import dev.switchboard.generated.example.accounts.v1.models.Account;
import dev.switchboard.generated.example.accounts.v1.models.FetchAccountParams;
import dev.switchboard.generated.example.messaging.v2.models.CreateMessageParams;
import dev.switchboard.generated.example.messaging.v2.models.Message;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** S62: two specs, one SDK (samples/multi-spec): one base URL serves both, each adding its server's path. */
class SeveralSpecsTest {
  @Test
  void s62_theRootClientSendsEachApisCallsToTheBaseUrlPlusItsServerPath() {
    Wire.load("S62");
    ExampleClient client = ExampleClient.builder().baseUrl(Wire.W).basicAuth(Clients.SID, "token-secret").build();

    Account account = client.accounts().v1().accounts().fetch(FetchAccountParams.builder().id("AC62").build());
    Message message = client.messaging().v2().messages().create(
        CreateMessageParams.builder().to("+15551230062").body("Hello from two specs").build());

    List<Wire.Seen> seen = Wire.journal();
    assertEquals(2, seen.size());
    assertEquals("GET /v1/accounts/AC62", seen.get(0).method() + " " + seen.get(0).url());
    assertEquals("POST /v2/messages", seen.get(1).method() + " " + seen.get(1).url());
    assertEquals("To=%2B15551230062&Body=Hello+from+two+specs", seen.get(1).text());
    seen.forEach(request -> assertEquals(Clients.BASIC, request.header("Authorization")));

    assertEquals(dev.switchboard.generated.example.accounts.v1.models.Status.ACTIVE, account.status());
    assertEquals(OffsetDateTime.parse("2026-01-02T03:04:05Z").toInstant(), account.createdAt().orElseThrow().toInstant());
    assertEquals(dev.switchboard.generated.example.messaging.v2.models.Status.QUEUED, message.status());
    assertNotEquals(account.status().getClass(), message.status().getClass());
  }

  @Test
  void s62_eachApisClientIsMadeOnceOnFirstUseAndSharesTheRootsHttpClient() {
    ExampleClient client = ExampleClient.builder().baseUrl(Wire.W).basicAuth(Clients.SID, "token-secret").build();
    assertSame(client.accounts().v1(), client.accounts().v1());
    assertSame(client.accounts().v1().options().httpClient(), client.messaging().v2().options().httpClient());
    assertEquals(Wire.W + "/v1", client.accounts().v1().options().baseUrl());
    assertEquals(Wire.W, client.messaging().v2().options().baseUrl());
  }

  @Test
  void s62_theRootClientHasTheShortcutMountsMembersBlockingAndAsynchronous() throws Exception {
    Wire.load("S62");
    ExampleClient client = ExampleClient.builder().baseUrl(Wire.W).basicAuth(Clients.SID, "token-secret").build();
    assertSame(client.messaging().v2().messages(), client.messages());
    assertSame(client.messaging().v2().async(), client.async().messaging().v2());
    assertSame(client.accounts().v1().async(), client.async().accounts().v1());
    assertSame(client.async().messaging().v2().messages(), client.async().messages());

    CreateMessageParams params = CreateMessageParams.builder().to("+15551230062").body("Hello from two specs").build();
    Message blocking = client.messages().create(params);
    Message async = client.async().messages().create(params).get();

    List<Wire.Seen> seen = Wire.journal();
    assertEquals(List.of("POST /v2/messages", "POST /v2/messages"), seen.stream().map(s -> s.method() + " " + s.url()).toList());
    seen.forEach(request -> assertEquals("To=%2B15551230062&Body=Hello+from+two+specs", request.text()));
    assertEquals(dev.switchboard.generated.example.messaging.v2.models.Status.QUEUED, blocking.status());
    assertEquals(blocking, async);
  }
}
