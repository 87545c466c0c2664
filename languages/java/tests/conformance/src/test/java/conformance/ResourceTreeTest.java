package conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.generated.tree.TreeClient;
import dev.switchboard.generated.tree.models.Balance;
import dev.switchboard.generated.tree.models.Domain;
import dev.switchboard.generated.tree.models.FeedbackSummary;
import dev.switchboard.generated.tree.models.Media;
import dev.switchboard.generated.tree.models.Message;
import dev.switchboard.generated.tree.models.MessageCreateParams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** S63: the resource tree as the client (samples/resource-tree): the account SID comes from the credentials or a called account. */
class ResourceTreeTest {
  private static final String A = "/v1/Accounts/" + Clients.SID;

  @Test
  void s63_theTreeReachesEachPathTakingTheAccountFromTheCredentialsOrTheCalledAccount() {
    Wire.load("S63");
    TreeClient client = TreeClient.builder().baseUrl(Wire.W).basicAuth(Clients.SID, "token-secret").build();

    Message message = client.messages().create(
        MessageCreateParams.builder().to("+15551230063").body("Hello from the tree").build());
    Media media = client.accounts("AC63").messages("SM63").media("ME63").fetch();
    boolean deleted = client.messages("SM63").delete();
    FeedbackSummary summary = client.calls().feedbackSummary().create();
    List<Domain> domains = client.sip().domains().list();
    Balance balance = client.balance().fetch();

    List<Wire.Seen> seen = Wire.journal();
    assertEquals(List.of(
        "POST " + A + "/Messages.json",
        "GET /v1/Accounts/AC63/Messages/SM63/Media/ME63.json",
        "DELETE " + A + "/Messages/SM63.json",
        "POST " + A + "/Calls/FeedbackSummary.json",
        "GET " + A + "/SIP/Domains.json",
        "GET " + A + "/Balance.json"), seen.stream().map(s -> s.method() + " " + s.url()).toList());
    assertEquals("To=%2B15551230063&Body=Hello+from+the+tree", seen.get(0).text());
    seen.forEach(request -> assertEquals(Clients.BASIC, request.header("Authorization")));

    assertEquals(Clients.SID, message.accountSid().orElseThrow());
    assertEquals("ME63", media.sid().orElseThrow());
    assertTrue(deleted);
    assertEquals(3L, summary.callCount().orElseThrow());
    assertEquals(List.of("SD63"), domains.stream().map(d -> d.sid().orElseThrow()).toList());
    assertEquals("USD", balance.currency().orElseThrow());
  }
}
