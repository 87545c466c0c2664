package conformance;

import static conformance.Clients.BASIC;
import static conformance.Clients.SID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kitchensink.KitchenSinkClient;
import com.kitchensink.core.EventStream;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.errors.ApiDecodeException;
import com.kitchensink.errors.ForeignLinkException;
import com.kitchensink.errors.InvalidRequestException;
import com.kitchensink.errors.NotFoundException;
import com.kitchensink.errors.TooManyRedirectsException;
import com.kitchensink.models.Account;
import com.kitchensink.models.CreateMessageParams;
import com.kitchensink.models.DownloadRecordingMediaParams;
import com.kitchensink.models.FetchAccountParams;
import com.kitchensink.models.FetchCallParams;
import com.kitchensink.models.FetchMessageParams;
import com.kitchensink.models.ListCallsParams;
import com.kitchensink.models.ListMessagesParams;
import com.kitchensink.models.Message;
import com.kitchensink.models.StatusEvent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * S31-S36: next-page links and redirects keep credentials on the API's origin; path dots, bad
 * bodies and bad header values fail at once with the SDK's own exceptions.
 */
class SafetyTest {
  private static final String MESSAGES = "/v1/accounts/" + SID + "/messages";
  private static final List<String> CREDENTIALS = List.of("Authorization", "X-Api-Key", "Cookie");

  private final KitchenSinkClient client = Clients.standard();

  private static boolean foreign(Wire.Seen request) {
    return "1".equals(request.header("X-Switchboard-Foreign"));
  }

  private static KitchenSinkClient.Builder standardBuilder() {
    return KitchenSinkClient.builder().baseUrl(Wire.W + "/v1").accountAuth(SID, "token-secret").apiKeyAuth("key-123");
  }

  private static ListMessagesParams messages(int pageSize) {
    return ListMessagesParams.builder().accountSid(SID).pageSize(pageSize).build();
  }

  @Test
  void s31_nextLinkOnTheApiOriginIsRebasedOntoThePrefixedBaseUrl() {
    Wire.load("S31");
    KitchenSinkClient edge = standardBuilder().baseUrl(Wire.W + "/edge/v1").build();
    List<String> sids = new ArrayList<>();
    edge.messages().list(messages(2)).autoPager().forEach(m -> sids.add(m.sid()));
    assertEquals(List.of("SM311", "SM312", "SM313", "SM314", "SM315"), sids);
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(List.of("/edge" + MESSAGES + "?PageSize=2", "/edge" + MESSAGES + "?PageSize=2&Page=1&PageToken=PA312",
        "/edge" + MESSAGES + "?PageSize=2&Page=2&PageToken=PA314"), seen.stream().map(Wire.Seen::url).toList());
    seen.forEach(s -> assertEquals(BASIC, s.header("Authorization")));
    seen.forEach(s -> assertTrue(!foreign(s)));
  }

  @Test
  void s52_absolutePathNextLinkKeepsTheBaseUrlPrefix() {
    Wire.load("S52");
    KitchenSinkClient edge = standardBuilder().baseUrl(Wire.W + "/edge/v1").build();
    List<String> sids = new ArrayList<>();
    edge.messages().list(messages(2)).autoPager().forEach(m -> sids.add(m.sid()));
    assertEquals(List.of("SM521", "SM522", "SM523"), sids);
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(List.of("/edge" + MESSAGES + "?PageSize=2", "/edge" + MESSAGES + "?PageSize=2&Page=1&PageToken=PA522"),
        seen.stream().map(Wire.Seen::url).toList());
    seen.forEach(s -> assertEquals(BASIC, s.header("Authorization")));
    seen.forEach(s -> assertTrue(!foreign(s)));
  }

  @ParameterizedTest(name = "page size {0}")
  @ValueSource(ints = {2, 3})
  void s32_nextLinkToAnotherOriginIsRefused(int pageSize) {
    Wire.load("S32");
    List<String> sids = new ArrayList<>();
    long started = System.nanoTime();
    ForeignLinkException e = assertThrows(ForeignLinkException.class,
        () -> client.messages().list(messages(pageSize)).autoPager().forEach(m -> sids.add(m.sid())));
    assertTrue(System.nanoTime() - started < 1_000_000_000L);
    assertTrue(e.getMessage().contains("PF322"), e.getMessage());
    assertEquals(List.of("SM321", "SM322"), sids);
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals(MESSAGES + "?PageSize=" + pageSize, seen.get(0).url());
    assertTrue(!foreign(seen.get(0)));
  }

  @Test
  void s32_foreignLinkRefusedAsync() {
    Wire.load("S32");
    var first = client.async().messages().list(messages(2)).join();
    CompletionException e = assertThrows(CompletionException.class, () -> first.nextPageAsync().join());
    assertInstanceOf(ForeignLinkException.class, e.getCause());
    assertEquals(1, Wire.journal().size());
  }

  @Test
  void s32_followForeignLinksSendsNoCredentials() {
    Wire.load("S32");
    KitchenSinkClient following = standardBuilder().followForeignLinks(true).build();
    List<String> sids = new ArrayList<>();
    following.messages().list(messages(2)).autoPager().forEach(m -> sids.add(m.sid()));
    assertEquals(List.of("SM321", "SM322", "SM323"), sids);
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(2, seen.size());
    assertEquals(BASIC, seen.get(0).header("Authorization"));
    assertEquals(MESSAGES + "?PageSize=2&Page=1&PageToken=PF322", seen.get(1).url());
    assertTrue(foreign(seen.get(1)));
    CREDENTIALS.forEach(name -> assertNull(seen.get(1).header(name), name));
  }

  @Test
  void s33_crossOriginRedirectStripsEveryCredential() throws Exception {
    Wire.load("S33");
    Account account = client.accounts().fetch(FetchAccountParams.builder().accountSid(SID).build());
    assertEquals(SID, account.sid());
    try (InputStream media = client.recordings().downloadMedia(
        DownloadRecordingMediaParams.builder().recordingId("RE0330").build())) {
      assertEquals("RIFF-landed", new String(media.readAllBytes(), StandardCharsets.UTF_8));
    }
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(List.of("/v1/accounts/" + SID, "/v1/landing/accounts/" + SID, "/v1/recordings/RE0330/media",
        "/v1/landing/recordings/RE0330/media"), seen.stream().map(Wire.Seen::url).toList());
    assertEquals(List.of(false, true, false, true), seen.stream().map(SafetyTest::foreign).toList());
    assertEquals(BASIC, seen.get(0).header("Authorization"));
    assertEquals("key-123", seen.get(2).header("X-Api-Key"));
    for (Wire.Seen landed : List.of(seen.get(1), seen.get(3))) {
      CREDENTIALS.forEach(name -> assertNull(landed.header(name), name));
    }
  }

  @Test
  void s33_crossOriginRedirectStripsCredentialsAsync() {
    Wire.load("S33");
    Account account = client.async().accounts().fetch(FetchAccountParams.builder().accountSid(SID).build()).join();
    assertEquals(SID, account.sid());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(2, seen.size());
    assertTrue(foreign(seen.get(1)));
    CREDENTIALS.forEach(name -> assertNull(seen.get(1).header(name), name));
  }

  @Test
  void s33_sameOriginRedirectsKeepCredentials() {
    Wire.load("S33");
    Account account = client.accounts().fetch(
        FetchAccountParams.builder().accountSid("AC00000000000000000000000000000308").build());
    assertEquals(SID, account.sid());
    Message message = client.messages().create(
        CreateMessageParams.builder().accountSid(SID).to("+15551230001").body("see other").build());
    assertEquals("SM333", message.sid());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(List.of("GET /v1/accounts/AC00000000000000000000000000000308", "GET /v1/landing/accounts/" + SID,
        "POST " + MESSAGES, "GET " + MESSAGES + "/SM333"), seen.stream().map(s -> s.method() + " " + s.url()).toList());
    seen.forEach(s -> assertEquals(BASIC, s.header("Authorization")));
    seen.forEach(s -> assertTrue(!foreign(s)));
    assertEquals("To=%2B15551230001&Body=see+other", seen.get(2).text());
    assertEquals("", seen.get(3).text());
    assertNull(seen.get(3).header("Content-Type"));
  }

  @Test
  void s33_redirectLoopIsBounded() {
    Wire.load("S33");
    assertThrows(TooManyRedirectsException.class, () -> client.messages().fetch(
        FetchMessageParams.builder().accountSid(SID).messageSid("SMloop").build()));
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(11, seen.size());
    seen.forEach(s -> assertEquals(MESSAGES + "/SMloop", s.url()));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {".", ".."})
  void s34_dotSegmentsAreRefusedBeforeSending(String value) {
    Wire.load("S34");
    assertThrows(InvalidRequestException.class, () -> client.messages().fetch(
        FetchMessageParams.builder().accountSid(SID).messageSid(value).build()));
    assertThrows(InvalidRequestException.class,
        () -> client.accounts().fetch(FetchAccountParams.builder().accountSid(value).build()));
    assertEquals(List.of(), Wire.journal());
  }

  @Test
  void s34_otherDotsAreSentEncodedAsUsual() {
    Wire.load("S34");
    assertEquals("...", client.messages().fetch(
        FetchMessageParams.builder().accountSid(SID).messageSid("...").build()).sid());
    assertEquals("%2E%2E", client.messages().fetch(
        FetchMessageParams.builder().accountSid(SID).messageSid("%2E%2E").build()).sid());
    assertEquals(List.of(MESSAGES + "/...", MESSAGES + "/%252E%252E"),
        Wire.journal().stream().map(Wire.Seen::url).toList());
  }

  @Test
  void s35_badBodiesThrowTypedExceptions() {
    Wire.load("S35");
    assertThrows(ApiDecodeException.class,
        () -> client.accounts().fetch(FetchAccountParams.builder().accountSid(SID).build()));
    assertThrows(ApiDecodeException.class, () -> client.calls().list().autoPager().forEach(call -> { }));
    assertThrows(ApiDecodeException.class,
        () -> client.calls().fetch(FetchCallParams.builder().callId(3503L).build()));
    NotFoundException notFound = assertThrows(NotFoundException.class,
        () -> client.calls().fetch(FetchCallParams.builder().callId(3504L).build()));
    assertEquals(100_002, notFound.rawBody().length());
    List<String> events = new ArrayList<>();
    try (EventStream<StatusEvent> stream = client.misc().streamEvents()) {
      ApiDecodeException e = assertThrows(ApiDecodeException.class,
          () -> stream.forEachRemaining(event -> events.add(event.messageSid())));
      assertTrue(e.getMessage().contains("event"), e.getMessage());
    }
    assertEquals(List.of("SM035"), events);
    assertEquals(5, Wire.journal().size());
  }

  @ParameterizedTest(name = "{index}")
  @ValueSource(strings = {"abc\r\nX-Injected: yes", "abc\nX-Injected: yes", "abc\r"})
  void s36_lineBreaksInHeaderValuesAreRefusedBeforeSending(String value) {
    Wire.load("S36");
    long started = System.nanoTime();
    assertThrows(InvalidRequestException.class,
        () -> client.calls().list(ListCallsParams.builder().xRequestTrace(value).build()));
    assertThrows(InvalidRequestException.class, () -> client.accounts().fetch(
        FetchAccountParams.builder().accountSid(SID).build(), RequestOptions.builder().header("X-Note", value).build()));
    assertThrows(InvalidRequestException.class, () -> standardBuilder().header("X-Note", value).build()
        .accounts().fetch(FetchAccountParams.builder().accountSid(SID).build()));
    assertTrue(System.nanoTime() - started < 500_000_000L);
    assertEquals(List.of(), Wire.journal());
  }
}
