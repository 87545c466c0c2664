package conformance;

import static conformance.Clients.SID;
import static conformance.Clients.BASIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kitchensink.KitchenSinkClient;
import com.kitchensink.core.Json;
import com.kitchensink.models.CreateReminderParams;
import com.kitchensink.models.Reminder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * S51: date-times the spec writes as RFC 2822 (Twilio's format), read leniently and sent so. S53: a
 * path parameter the config lets a call leave out takes the client's option for it, else its user
 * name.
 */
class RemindersTest {
  private final KitchenSinkClient client = Clients.standard();

  @Test
  void s51_rfc2822DateTimesAreParsedAndSent() {
    Wire.load("S51");
    Reminder reminder = client.reminders().create(CreateReminderParams.builder()
        .accountSid(SID)
        .remindAt(OffsetDateTime.of(2023, 8, 24, 5, 1, 45, 0, ZoneOffset.UTC))
        .notBefore(OffsetDateTime.of(2023, 8, 24, 7, 1, 45, 0, ZoneOffset.ofHours(2)))
        .note("call back")
        .build());
    assertEquals("RM051", reminder.sid());
    assertEquals(Instant.parse("2023-08-24T05:01:45Z"), reminder.remindAt().toInstant());
    assertEquals(Instant.parse("2024-01-04T10:00:00Z"), reminder.dateCreated().orElseThrow().toInstant());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    Wire.Seen request = seen.get(0);
    assertEquals("POST", request.method());
    String[] url = request.url().split("\\?", 2);
    assertEquals("/v1/accounts/" + SID + "/reminders", url[0]);
    assertEquals("NotBefore=Thu, 24 Aug 2023 07:01:45 +0200", URLDecoder.decode(url[1], StandardCharsets.UTF_8));
    assertEquals("RemindAt=Thu%2C+24+Aug+2023+05%3A01%3A45+%2B0000&Note=call+back", request.text());
  }

  @Test
  void s53_accountSidLeftOutIsTheUserName() {
    Wire.load("S53");
    Reminder reminder = client.reminders().create(CreateReminderParams.builder()
        .remindAt(OffsetDateTime.of(2023, 8, 24, 5, 1, 45, 0, ZoneOffset.UTC))
        .build());
    assertEquals("RM053", reminder.sid());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/accounts/" + SID + "/reminders", seen.get(0).url());
    assertEquals(BASIC, seen.get(0).header("Authorization"));
    assertEquals("RemindAt=Thu%2C+24+Aug+2023+05%3A01%3A45+%2B0000", seen.get(0).text());
    KitchenSinkClient bearer = KitchenSinkClient.builder().baseUrl(Wire.W + "/v1").bearerAuth("bearer-token").build();
    IllegalStateException missing = assertThrows(IllegalStateException.class, () -> bearer.reminders().create(
        CreateReminderParams.builder().remindAt(OffsetDateTime.of(2023, 8, 24, 5, 1, 45, 0, ZoneOffset.UTC)).build()));
    assertTrue(missing.getMessage().contains("AccountSid"), missing.getMessage());
    assertTrue(missing.getMessage().contains("KITCHEN_SINK_USERNAME"), missing.getMessage());
    assertEquals(1, Wire.journal().size());
  }

  @Test
  void s53_theAccountSidOptionGoesBeforeTheUserName() {
    Wire.load("S53");
    String key = "SK0123456789abcdef0123456789abcdef";
    KitchenSinkClient withKey = KitchenSinkClient.builder()
        .baseUrl(Wire.W + "/v1")
        .accountAuth(key, "key-secret")
        .accountSid(SID)
        .build();
    Reminder reminder = withKey.reminders().create(CreateReminderParams.builder()
        .remindAt(OffsetDateTime.of(2023, 8, 24, 5, 1, 45, 0, ZoneOffset.UTC))
        .build());
    assertEquals("RM053", reminder.sid());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/accounts/" + SID + "/reminders", seen.get(0).url());
    String basic = Base64.getEncoder().encodeToString((key + ":key-secret").getBytes(StandardCharsets.UTF_8));
    assertEquals("Basic " + basic, seen.get(0).header("Authorization"));
  }

  @Test
  void rfc2822PropertiesAreWrittenSoInJson() throws Exception {
    Reminder reminder = Reminder.builder()
        .sid("RM1")
        .remindAt(OffsetDateTime.of(2023, 8, 24, 5, 1, 45, 0, ZoneOffset.UTC))
        .build();
    assertEquals("{\"sid\":\"RM1\",\"remind_at\":\"Thu, 24 Aug 2023 05:01:45 +0000\"}",
        Json.mapper().writeValueAsString(reminder));
  }
}
