package conformance;

import static conformance.Clients.SID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kitchensink.KitchenSinkClient;
import com.kitchensink.models.Account;
import com.kitchensink.models.CreateMessageParams;
import com.kitchensink.models.DownloadRecordingMediaParams;
import com.kitchensink.models.FetchAccountParams;
import com.kitchensink.models.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * S60, S61: debug logging with credentials redacted, personal data masked in a model's text.
 * {@code Account.owner_email} is deprecated in the spec.
 */
@SuppressWarnings("deprecation")
class RedactionTest {
  private static final String EMAIL = "jenny.rosen@example.com";
  private static final String PHONE = "+15551230001";
  /** System.Logger's default backend is java.util.logging; DEBUG is FINE there. Kept reachable. */
  private static final Logger SDK_LOGGER = Logger.getLogger("com.kitchensink");

  private final List<String> lines = new ArrayList<>();
  private final Handler recorder = new Handler() {
    @Override
    public void publish(LogRecord record) {
      lines.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private final KitchenSinkClient client = Clients.standard();

  @BeforeEach
  void record() {
    recorder.setLevel(Level.ALL);
    SDK_LOGGER.addHandler(recorder);
  }

  @AfterEach
  void stop() {
    SDK_LOGGER.removeHandler(recorder);
    SDK_LOGGER.setLevel(null);
  }

  private Account fetch() {
    return client.accounts().fetch(FetchAccountParams.builder().accountSid(SID).build());
  }

  @Test
  void s60_debugLogShowsRequestsAndNeverCredentials() throws IOException {
    SDK_LOGGER.setLevel(Level.FINE);
    Wire.load("S60");
    Account account = fetch();
    assertEquals(EMAIL, account.ownerEmail().orElseThrow());
    try (InputStream in = client.recordings().downloadMedia(DownloadRecordingMediaParams.builder().recordingId("RE0123").build())) {
      assertArrayEquals("RIFF".getBytes(StandardCharsets.US_ASCII), in.readAllBytes());
    }
    String log = String.join("\n", lines);
    for (String shown : List.of("GET", "/v1/accounts/" + SID, "503", "200", "/v1/recordings/RE0123/media", "retrying", "***")) {
      assertTrue(log.contains(shown), shown + " missing from " + log);
    }
    String basic = Base64.getEncoder().encodeToString((SID + ":token-secret").getBytes(StandardCharsets.UTF_8));
    for (String secret : List.of("token-secret", basic, "key-123", EMAIL)) {
      assertFalse(log.contains(secret), secret + " in " + log);
    }
    assertEquals(List.of("/v1/accounts/" + SID, "/v1/accounts/" + SID, "/v1/recordings/RE0123/media"),
        Wire.journal().stream().map(Wire.Seen::url).toList());
  }

  @Test
  void s60_nothingIsLoggedBelowDebug() {
    SDK_LOGGER.setLevel(Level.INFO);
    Wire.load("S60");
    fetch();
    assertEquals(List.of(), lines);
  }

  @Test
  void s61_personalDataIsMaskedInToString() {
    Wire.load("S60");
    Account account = fetch();
    assertEquals(EMAIL, account.ownerEmail().orElseThrow());
    String text = account.toString();
    assertTrue(text.contains("***") && text.contains("Kitchen Sink Ops") && !text.contains(EMAIL), text);
    Message message = client.messages().create(CreateMessageParams.builder().accountSid(SID).to(PHONE).body("hello").build());
    assertEquals(PHONE, message.to().orElseThrow());
    assertTrue(message.toString().contains("SM161") && !message.toString().contains(PHONE), message.toString());
    Message built = message.toBuilder().build();
    assertFalse(built.toString().contains(PHONE), built.toString());
    assertEquals(PHONE, built.to().orElseThrow());
  }
}
