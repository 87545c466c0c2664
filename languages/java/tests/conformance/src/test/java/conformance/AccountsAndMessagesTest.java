package conformance;

import static conformance.Clients.BASIC;
import static conformance.Clients.SID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kitchensink.KitchenSinkClient;
import com.kitchensink.core.ApiResponse;
import com.kitchensink.errors.NotFoundException;
import com.kitchensink.errors.RateLimitException;
import com.kitchensink.errors.UnprocessableEntityException;
import com.kitchensink.models.Account;
import com.kitchensink.models.CreateMessageParams;
import com.kitchensink.models.DeleteAccountParams;
import com.kitchensink.models.ErrorModel;
import com.kitchensink.models.FetchAccountParams;
import com.kitchensink.models.FetchMessageParams;
import com.kitchensink.models.ListMessagesParams;
import com.kitchensink.models.Message;
import com.kitchensink.models.MessageStatus;
import com.kitchensink.models.UpdateAccountParams;
import com.kitchensink.models.UpdateAccountRequestStatus;
import com.kitchensink.models.ValidationError;
import com.kitchensink.services.AccountsService;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S01-S13, S58: health, accounts and messages, groups of inputs of which one must be given. */
class AccountsAndMessagesTest {
  private final KitchenSinkClient client = Clients.standard();

  private static FetchAccountParams account(String sid) {
    return FetchAccountParams.builder().accountSid(sid).build();
  }

  @Test
  void s01_getHealthSendsNoCredentials() {
    Wire.load("S01");
    assertEquals("ok", client.misc().getHealth());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("GET", seen.get(0).method());
    assertEquals("/v1/health", seen.get(0).url());
    assertNull(seen.get(0).header("Authorization"));
    assertEquals(0, seen.get(0).body().length);
  }

  @Test
  void s02_fetchAccountIsTypedWithRawResponse() {
    Wire.load("S02");
    ApiResponse<Account> response = client.accounts().withRawResponse().fetch(account(SID));
    Account account = response.body();
    assertEquals(200, response.statusCode());
    assertEquals("7", response.header("X-RateLimit-Remaining").orElseThrow());
    assertEquals(SID, account.sid());
    assertEquals("Kitchen Sink Ops", account.friendlyName());
    assertEquals("active", account.status().value());
    assertEquals("Full", account.type().orElseThrow().value());
    assertEquals(OffsetDateTime.parse("2026-01-02T03:04:05Z"), account.dateCreated());
    assertTrue(account.dateUpdated().isEmpty());
    assertEquals("12.50", account.balance().orElseThrow());
    assertTrue(account._2faEnabled().orElseThrow());
    assertEquals(Map.of("messages", "/v1/accounts/" + SID + "/messages"), account.subresourceUris().orElseThrow());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/accounts/" + SID, seen.get(0).url());
    assertEquals(BASIC, seen.get(0).header("Authorization"));
  }

  @Test
  void s02_asyncClientReturnsTheSameAccount() {
    Wire.load("S02");
    Account account = client.async().accounts().fetch(account(SID)).join();
    assertEquals("Kitchen Sink Ops", account.friendlyName());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals(BASIC, seen.get(0).header("Authorization"));
  }

  @Test
  void s03_notFoundCarriesStatusCodeAndBody() {
    Wire.load("S03");
    String sid = "AC00000000000000000000000000000404";
    NotFoundException e = assertThrows(NotFoundException.class, () -> client.accounts().fetch(account(sid)));
    assertEquals(404, e.statusCode());
    ErrorModel error = e.body(ErrorModel.class).orElseThrow();
    assertEquals(20404, error.code());
    assertEquals("The requested resource /v1/accounts/" + sid + " was not found", error.message());
    assertEquals("https://www.kitchensink.test/docs/errors/20404", error.moreInfo().orElseThrow());
    assertEquals(404L, error.status().orElseThrow());
    assertEquals("{\"code\":20404,\"message\":\"The requested resource /v1/accounts/" + sid
        + " was not found\",\"more_info\":\"https://www.kitchensink.test/docs/errors/20404\",\"status\":404}", e.rawBody());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/accounts/" + sid, seen.get(0).url());
    assertEquals(BASIC, seen.get(0).header("Authorization"));
  }

  @Test
  void s04_updateAccountSendsRepeatedFormKeys() {
    Wire.load("S04");
    Account account = client.accounts().update(UpdateAccountParams.builder()
        .accountSid(SID)
        .friendlyName("Ops Team")
        .status(UpdateAccountRequestStatus.SUSPENDED)
        .statusCallbackEvent(List.of("initiated", "ringing", "completed"))
        .voiceEnabled(false)
        .build());
    String form = "FriendlyName=Ops+Team&Status=suspended&StatusCallbackEvent=initiated"
        + "&StatusCallbackEvent=ringing&StatusCallbackEvent=completed&VoiceEnabled=false";
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("POST", seen.get(0).method());
    assertEquals("/v1/accounts/" + SID, seen.get(0).url());
    assertEquals(BASIC, seen.get(0).header("Authorization"));
    assertTrue(seen.get(0).header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    assertEquals(form, seen.get(0).text());
    assertEquals("Ops Team", account.friendlyName());
    assertEquals("suspended", account.status().value());
    assertEquals(form, account.subresourceUris().orElseThrow().get("form"));
  }

  @Test
  void s58_aCallMissingAWholeGroupIsRefusedBeforeSending() {
    Wire.load("S04");
    UpdateAccountParams.Builder neither = UpdateAccountParams.builder().accountSid(SID).voiceEnabled(true);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, neither::build);
    assertEquals("give at least one of friendlyName, status", e.getMessage());
    assertEquals(List.of(), Wire.journal());
    Account account = client.accounts().update(UpdateAccountParams.builder()
        .accountSid(SID)
        .status(UpdateAccountRequestStatus.CLOSED)
        .build());
    assertEquals("closed", account.status().value());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("POST", seen.get(0).method());
    assertEquals("/v1/accounts/" + SID, seen.get(0).url());
    assertEquals("Status=closed", seen.get(0).text());
  }

  @Test
  @SuppressWarnings("deprecation")
  void s05_deleteAccountIsDeprecatedAndReturnsWhetherItDeleted() throws Exception {
    Wire.load("S05");
    assertTrue(client.accounts().delete(DeleteAccountParams.builder().accountSid(SID).build()));
    assertTrue(AccountsService.class.getMethod("delete", DeleteAccountParams.class).isAnnotationPresent(Deprecated.class));
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("DELETE", seen.get(0).method());
    assertEquals("/v1/accounts/" + SID, seen.get(0).url());
    assertEquals(BASIC, seen.get(0).header("Authorization"));
    assertEquals(0, seen.get(0).body().length);
  }

  @Test
  void s06_listMessagesFollowsPageUrlsLazily() {
    Wire.load("S06");
    Iterator<Message> messages = client.messages()
        .list(ListMessagesParams.builder().accountSid(SID).pageSize(2).build())
        .autoPager().iterator();
    List<String> sids = new ArrayList<>();
    sids.add(messages.next().sid());
    assertEquals(1, Wire.journal().size());
    messages.forEachRemaining(m -> sids.add(m.sid()));
    assertEquals(List.of("SM001", "SM002", "SM003", "SM004", "SM005"), sids);
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(3, seen.size());
    String base = "/v1/accounts/" + SID + "/messages?PageSize=2";
    assertEquals(base, seen.get(0).url());
    assertEquals(base + "&Page=1&PageToken=PASM002", seen.get(1).url());
    assertEquals(base + "&Page=2&PageToken=PASM004", seen.get(2).url());
    seen.forEach(s -> assertEquals(BASIC, s.header("Authorization")));
  }

  @Test
  void s07_listMessagesEncodesQueryNames() {
    Wire.load("S07");
    List<Message> page = client.messages().list(ListMessagesParams.builder()
        .accountSid(SID)
        .dateSentAfter(OffsetDateTime.parse("2026-01-02T03:04:05Z"))
        .status(MessageStatus.QUEUED)
        .build()).items();
    assertEquals("SM007", page.get(0).sid());
    assertEquals(MessageStatus.QUEUED, page.get(0).status());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/accounts/" + SID + "/messages?DateSent%3E=2026-01-02T03:04:05Z&Status=queued", seen.get(0).url());
    assertEquals(BASIC, seen.get(0).header("Authorization"));
  }

  private static CreateMessageParams.Builder message(String to, String body) {
    return CreateMessageParams.builder().accountSid(SID).to(to).body(body);
  }

  @Test
  void s08_createMessageSendsFormAndIdempotencyKey() {
    Wire.load("S08");
    List<String> media = List.of("https://cdn.kitchensink.test/a.png", "https://cdn.kitchensink.test/b.png");
    Message given = client.messages().create(message("+15551230001", "Hello & welcome").mediaUrl(media).idempotencyKey("order-42").build());
    Message generated = client.messages().create(message("+15551230001", "Hello & welcome").mediaUrl(media).build());
    String form = "To=%2B15551230001&Body=Hello+%26+welcome&MediaUrl=https%3A%2F%2Fcdn.kitchensink.test%2Fa.png"
        + "&MediaUrl=https%3A%2F%2Fcdn.kitchensink.test%2Fb.png";
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(2, seen.size());
    for (Wire.Seen s : seen) {
      assertEquals("POST", s.method());
      assertEquals("/v1/accounts/" + SID + "/messages", s.url());
      assertEquals(BASIC, s.header("Authorization"));
      assertTrue(s.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
      assertEquals(form, s.text());
    }
    assertEquals("order-42", seen.get(0).header("Idempotency-Key"));
    assertFalse(seen.get(1).header("Idempotency-Key").isEmpty());
    assertNotEquals("order-42", seen.get(1).header("Idempotency-Key"));
    for (Message m : List.of(given, generated)) {
      assertEquals("SM100", m.sid());
      assertEquals("Hello & welcome", m.body());
      assertEquals("queued", m.status().value());
      assertTrue(m.price().isEmpty());
      assertEquals(2, m.media().orElseThrow().size());
    }
  }

  @Test
  void s09_createMessageRetriesAfter503WithTheSameKey() {
    Wire.load("S09");
    Message message = client.messages().create(message("+15551230001", "retry me").build());
    assertEquals("SM109", message.sid());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(2, seen.size());
    for (Wire.Seen s : seen) {
      assertEquals("/v1/accounts/" + SID + "/messages", s.url());
      assertEquals("To=%2B15551230001&Body=retry+me", s.text());
    }
    assertEquals(seen.get(0).header("Idempotency-Key"), seen.get(1).header("Idempotency-Key"));
    long gap = seen.get(1).loggedDate() - seen.get(0).loggedDate();
    assertTrue(gap >= 900 && gap < 3000, "gap " + gap);
  }

  @Test
  void s10_rateLimitGivesUpAfterMaxRetries() {
    Wire.load("S10");
    RateLimitException e = assertThrows(RateLimitException.class,
        () -> client.messages().create(message("+15551230001", "finally").build()));
    assertEquals(429, e.statusCode());
    assertEquals(20429, e.body(ErrorModel.class).orElseThrow().code());
    assertEquals(Duration.ofSeconds(1), e.retryAfter().orElseThrow());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(3, seen.size());
    for (Wire.Seen s : seen) {
      assertEquals("To=%2B15551230001&Body=finally", s.text());
      assertEquals(seen.get(0).header("Idempotency-Key"), s.header("Idempotency-Key"));
    }
  }

  @Test
  void s11_validationErrorExposesFields() {
    Wire.load("S11");
    UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class,
        () -> client.messages().create(CreateMessageParams.builder().accountSid(SID).to("not-a-number").build()));
    ValidationError error = (ValidationError) e.body();
    assertEquals(21211, error.code());
    assertEquals("To", error.fields().orElseThrow().get(0).name());
    assertEquals("not a valid E.164 number", error.fields().orElseThrow().get(0).reason());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("To=not-a-number", seen.get(0).text());
    assertFalse(seen.get(0).header("Idempotency-Key").isEmpty());
  }

  @Test
  void s12_unknownEnumValueIsKept() {
    Wire.load("S12");
    Message message = client.messages().fetch(FetchMessageParams.builder().accountSid(SID).messageSid("SM012").build());
    assertEquals("scheduled-v2", message.status().value());
    assertFalse(message.status().isKnown());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/accounts/" + SID + "/messages/SM012", seen.get(0).url());
  }

  @Test
  void s13_pathParametersArePercentEncoded() {
    Wire.load("S13");
    Message message = client.messages().fetch(FetchMessageParams.builder().accountSid(SID).messageSid("MM a/b?c").build());
    assertEquals("MM a/b?c", message.sid());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/accounts/" + SID + "/messages/MM%20a%2Fb%3Fc", seen.get(0).url());
  }
}
