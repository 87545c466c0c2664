package conformance;

import static conformance.Clients.BASIC;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kitchensink.KitchenSinkClient;
import com.kitchensink.core.UploadFile;
import com.kitchensink.models.Call;
import com.kitchensink.models.CallStatus;
import com.kitchensink.models.CreateCallParams;
import com.kitchensink.models.DownloadRecordingMediaParams;
import com.kitchensink.models.FetchCallParams;
import com.kitchensink.models.ListCallsParams;
import com.kitchensink.models.Recording;
import com.kitchensink.models.ReplaceRecordingMediaParams;
import com.kitchensink.models.UploadRecordingParams;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S14-S19: calls and recordings. */
class CallsAndRecordingsTest {
  static final byte[] B256 = new byte[256];

  static {
    for (int i = 0; i < 256; i++) {
      B256[i] = (byte) i;
    }
  }

  private final KitchenSinkClient client = Clients.standard();

  @Test
  void s14_listCallsFollowsCursorWithArrayParams() {
    Wire.load("S14");
    String trace = "123e4567-e89b-12d3-a456-426614174000";
    List<Long> ids = new ArrayList<>();
    client.calls().list(ListCallsParams.builder()
            .status(List.of(CallStatus.QUEUED, CallStatus.RINGING))
            .fields(List.of("id", "status"))
            .xRequestTrace(trace)
            .build())
        .autoPager().forEach(call -> ids.add(call.id()));
    assertEquals(List.of(1001L, 1002L, 1003L), ids);
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(2, seen.size());
    assertEquals("/v1/calls?status=queued&status=ringing&fields=id,status", seen.get(0).url());
    assertEquals("/v1/calls?cursor=cur_2&status=queued&status=ringing&fields=id,status", seen.get(1).url());
    for (Wire.Seen s : seen) {
      assertEquals(trace, s.header("X-Request-Trace"));
      assertEquals(BASIC, s.header("Authorization"));
    }
  }

  @Test
  void s15_createCallSendsNullApartFromAbsentAndExactInt64() {
    Wire.load("S15");
    CreateCallParams.Builder base = CreateCallParams.builder().to("+15551230001").from("+15559870000")
        .correlationId(9007199254740993L);
    Call withNull = client.calls().create(base.build().toBuilder().callerName(null).build());
    Call without = client.calls().create(base.build());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(2, seen.size());
    String prefix = "{\"to\":\"+15551230001\",\"from\":\"+15559870000\",\"correlation_id\":9007199254740993";
    assertEquals(prefix + ",\"caller_name\":null}", seen.get(0).text());
    assertEquals(prefix + "}", seen.get(1).text());
    seen.forEach(s -> assertTrue(s.header("Content-Type").startsWith("application/json")));
    assertEquals(1015, withNull.id());
    Map<String, JsonNode> metadata = withNull.metadata().orElseThrow();
    assertTrue(metadata.get("caller_name").isNull());
    assertEquals(9007199254740993L, metadata.get("correlation_id").longValue());
    assertFalse(without.metadata().orElseThrow().containsKey("caller_name"));
  }

  @Test
  void s16_fetchCallKeepsInt64Exact() {
    Wire.load("S16");
    Call call = client.calls().fetch(FetchCallParams.builder().callId(9007199254740993L).build());
    assertEquals(9007199254740993L, call.id());
    assertEquals("completed", call.status().value());
    assertEquals(LocalDate.of(2026, 1, 2), call.answeredOn().orElseThrow());
    assertEquals(42L, call.durationSeconds().orElseThrow());
    assertTrue(call.recording().isEmpty());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/calls/9007199254740993", seen.get(0).url());
  }

  @Test
  void s17_uploadRecordingUsesOperationServerAndMultipart() {
    Wire.load("S17");
    Clients.Forwarding transport = new Clients.Forwarding();
    KitchenSinkClient forwarded = KitchenSinkClient.builder().httpClient(transport)
        .accountAuth(Clients.SID, "token-secret").apiKeyAuth("key-123").build();
    Recording recording = forwarded.recordings().upload(UploadRecordingParams.builder()
        .callId(42)
        .file(UploadFile.of(B256, "greeting.wav"))
        .label("greeting")
        .tags(List.of("intro", "en"))
        .build());
    assertEquals(List.of(URI.create("https://media.kitchensink.test/v1/calls/42/recordings")), transport.asked);
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("POST", seen.get(0).method());
    assertEquals("/v1/calls/42/recordings", seen.get(0).url());
    assertEquals(BASIC, seen.get(0).header("Authorization"));
    assertTrue(seen.get(0).header("Content-Type").startsWith("multipart/form-data; boundary="));
    List<Wire.Part> parts = Wire.multipart(seen.get(0));
    assertEquals(4, parts.size());
    assertEquals("form-data; name=\"file\"; filename=\"greeting.wav\"", parts.get(0).headers().get("content-disposition"));
    assertEquals("audio/wav", parts.get(0).headers().get("content-type"));
    assertArrayEquals(B256, parts.get(0).content());
    assertPart(parts.get(1), "label", "greeting");
    assertPart(parts.get(2), "tags", "intro");
    assertPart(parts.get(3), "tags", "en");
    assertEquals("RE0123", recording.id());
    assertEquals(1.5f, recording.durationSeconds());
    assertEquals(1L, recording.channels().value());
    assertEquals("greeting", recording.label().orElseThrow());
    assertEquals("QK/y6dLYki5Hr9RkjmlnSXFYeF+9Hahw5xECZr+USIA=", recording.checksum().orElseThrow());
  }

  private static void assertPart(Wire.Part part, String name, String value) {
    assertEquals("form-data; name=\"" + name + "\"", part.headers().get("content-disposition"));
    String type = part.headers().get("content-type");
    assertTrue(type == null || type.startsWith("text/plain"), type);
    assertEquals(value, new String(part.content(), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void s18_downloadReturnsBytesUnchanged() throws Exception {
    Wire.load("S18");
    byte[] bytes;
    try (InputStream in = client.recordings().downloadMedia(DownloadRecordingMediaParams.builder().recordingId("RE0123").build())) {
      bytes = in.readAllBytes();
    }
    assertEquals(1_048_576, bytes.length);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertEquals("abc70367ceaebb51ddae23bb22cde54c0e8b155e3e936db642a855c6b1270475", sha);
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("/v1/recordings/RE0123/media", seen.get(0).url());
    assertEquals("key-123", seen.get(0).header("X-Api-Key"));
    assertNull(seen.get(0).header("Authorization"));
  }

  @Test
  void s19_replaceMediaSendsOctetStream() {
    Wire.load("S19");
    client.recordings().replaceMedia(ReplaceRecordingMediaParams.builder().recordingId("RE0123").body(B256).build());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("PUT", seen.get(0).method());
    assertEquals("/v1/recordings/RE0123/media", seen.get(0).url());
    assertEquals(BASIC, seen.get(0).header("Authorization"));
    assertEquals("application/octet-stream", seen.get(0).header("Content-Type"));
    assertArrayEquals(B256, seen.get(0).body());
  }
}
