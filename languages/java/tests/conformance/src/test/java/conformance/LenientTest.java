package conformance;

import static conformance.Clients.BASIC;
import static conformance.Clients.SID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kitchensink.KitchenSinkClient;
import com.kitchensink.core.MissingFieldException;
import com.kitchensink.errors.ApiDecodeException;
import com.kitchensink.models.Account;
import com.kitchensink.models.FetchAccountParams;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S40: a response that breaks its schema still decodes; one that is not JSON is an error. */
class LenientTest {
  private static final String BROKEN = "AC00000000000000000000000000000040";
  private final KitchenSinkClient client = Clients.standard();

  private static FetchAccountParams account(String sid) {
    return FetchAccountParams.builder().accountSid(sid).build();
  }

  @Test
  void s40_mismatchedPropertiesReadAsAbsentAndStayReachableRaw() {
    Wire.load("S40");
    Account account = client.accounts().fetch(account(SID));
    assertEquals(SID, account.sid());
    assertEquals("active", account.status().value());
    assertEquals("Full", account.type().orElseThrow().value());
    assertEquals(OffsetDateTime.parse("2026-01-02T03:04:05Z"), account.dateCreated());
    assertEquals("12.50", account.balance().orElseThrow());
    assertTrue(account._2faEnabled().isEmpty());
    assertTrue(account.subresourceUris().isEmpty());
    Map<String, JsonNode> mismatched = account.mismatchedProperties();
    assertEquals(List.of("2fa_enabled", "subresource_uris"), List.copyOf(mismatched.keySet()));
    assertEquals("maybe", mismatched.get("2fa_enabled").asText());
    assertEquals("/v1/accounts/" + SID + "/messages", mismatched.get("subresource_uris").get(0).asText());
    assertEquals("eu-west", account.additionalProperties().get("region").asText());
    MissingFieldException missing = assertThrows(MissingFieldException.class, account::friendlyName);
    assertEquals("friendly_name", missing.property());

    assertThrows(ApiDecodeException.class, () -> client.accounts().fetch(account(BROKEN)));

    List<Wire.Seen> seen = Wire.journal();
    assertEquals(2, seen.size());
    assertEquals("/v1/accounts/" + SID, seen.get(0).url());
    assertEquals("/v1/accounts/" + BROKEN, seen.get(1).url());
    seen.forEach(request -> assertEquals(BASIC, request.header("Authorization")));
  }
}
