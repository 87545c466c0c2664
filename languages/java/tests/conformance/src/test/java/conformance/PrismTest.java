package conformance;

import static conformance.Clients.SID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kitchensink.KitchenSinkClient;
import com.kitchensink.core.ApiResponse;
import com.kitchensink.core.UploadFile;
import com.kitchensink.errors.ApiStatusException;
import com.kitchensink.models.CallStatus;
import com.kitchensink.models.CreateCallParams;
import com.kitchensink.models.CreateMessageParams;
import com.kitchensink.models.CreatePetParams;
import com.kitchensink.models.DeleteAccountParams;
import com.kitchensink.models.Dog;
import com.kitchensink.models.DownloadRecordingMediaParams;
import com.kitchensink.models.FetchAccountParams;
import com.kitchensink.models.FetchCallParams;
import com.kitchensink.models.FetchMessageParams;
import com.kitchensink.models.FetchPetOwnerParams;
import com.kitchensink.models.ListCallsParams;
import com.kitchensink.models.ListMessagesParams;
import com.kitchensink.models.ListPetsParams;
import com.kitchensink.models.MessageStatus;
import com.kitchensink.models.Pet;
import com.kitchensink.models.CreateMiscReservedWordsParams;
import com.kitchensink.models.ReplaceRecordingMediaParams;
import com.kitchensink.models.ReservedWords;
import com.kitchensink.models.UpdateAccountParams;
import com.kitchensink.models.UpdateAccountRequestStatus;
import com.kitchensink.models.UploadRecordingParams;
import java.io.Closeable;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** S28: every operation, called with example arguments, passes Prism's request validation. */
class PrismTest {
  private final KitchenSinkClient client = KitchenSinkClient.builder().baseUrl(Wire.PRISM)
      .accountAuth(SID, "token-secret").apiKeyAuth("key-123").build();

  private static void accept(String operation, int status, Supplier<ApiResponse<?>> call) {
    ApiResponse<?> response;
    try {
      response = call.get();
    } catch (ApiStatusException e) {
      throw new AssertionError(operation + ": " + e.statusCode() + " sl-violations="
          + e.headers().firstValue("sl-violations").orElse("") + " " + e.rawBody(), e);
    }
    try {
      assertEquals(status, response.statusCode(), operation);
      assertTrue(response.header("sl-violations").isEmpty(), operation + ": " + response.header("sl-violations"));
    } finally {
      if (response.body() instanceof Closeable) {
        try {
          ((Closeable) response.body()).close();
        } catch (IOException ignored) {
          // the stream was already closed
        }
      }
    }
  }

  @Test
  @SuppressWarnings("deprecation")
  void s28_accountsAndMisc() {
    accept("getHealth", 200, () -> client.misc().withRawResponse().getHealth());
    accept("fetchAccount", 200, () -> client.accounts().withRawResponse().fetch(FetchAccountParams.builder().accountSid(SID).build()));
    KitchenSinkClient bearer = KitchenSinkClient.builder().baseUrl(Wire.PRISM).bearerAuth("bearer-token").build();
    accept("fetchAccount (bearer)", 200, () -> bearer.accounts().withRawResponse().fetch(FetchAccountParams.builder().accountSid(SID).build()));
    accept("updateAccount", 200, () -> client.accounts().withRawResponse().update(UpdateAccountParams.builder()
        .accountSid(SID).friendlyName("Ops Team").status(UpdateAccountRequestStatus.SUSPENDED)
        .statusCallbackEvent(List.of("initiated", "ringing", "completed")).voiceEnabled(false).build()));
    accept("deleteAccount", 204, () -> client.accounts().withRawResponse().delete(DeleteAccountParams.builder().accountSid(SID).build()));
    accept("createReservedWords", 200, () -> client.misc().withRawResponse().createReservedWords(
        CreateMiscReservedWordsParams.builder().body(ReservedWords.builder().class_("v-class").async(true).yield_(3).build()).build()));
    accept("getUsageMaps", 200, () -> client.misc().withRawResponse().getUsageMaps());
    accept("streamEvents", 200, () -> client.misc().withRawResponse().streamEvents());
  }

  @Test
  void s28_messages() {
    accept("listMessages", 200, () -> client.messages().withRawResponse().list(ListMessagesParams.builder().accountSid(SID)
        .dateSentAfter(OffsetDateTime.parse("2026-01-02T03:04:05Z")).status(MessageStatus.QUEUED).pageSize(2).build()));
    accept("createMessage", 201, () -> client.messages().withRawResponse().create(CreateMessageParams.builder().accountSid(SID)
        .to("+15551230001").body("Hello & welcome")
        .mediaUrl(List.of("https://cdn.kitchensink.test/a.png", "https://cdn.kitchensink.test/b.png"))
        .idempotencyKey("order-42").build()));
    accept("fetchMessage", 200, () -> client.messages().withRawResponse().fetch(FetchMessageParams.builder().accountSid(SID).messageSid("MM a/b?c").build()));
  }

  @Test
  void s28_callsAndRecordings() {
    accept("listCalls", 200, () -> client.calls().withRawResponse().list(ListCallsParams.builder().limit(2)
        .status(List.of(CallStatus.QUEUED, CallStatus.RINGING)).fields(List.of("id", "status")).build()));
    accept("createCall", 201, () -> client.calls().withRawResponse().create(CreateCallParams.builder()
        .to("+15551230001").from("+15559870000").correlationId(42).callerName(null).build()));
    accept("fetchCall", 200, () -> client.calls().withRawResponse().fetch(FetchCallParams.builder().callId(1001).build()));
    accept("uploadRecording", 201, () -> client.recordings().withRawResponse().upload(UploadRecordingParams.builder()
        .callId(42).file(UploadFile.of(CallsAndRecordingsTest.B256, "greeting.wav")).label("greeting").build()));
    accept("downloadRecordingMedia", 200, () -> client.recordings().withRawResponse().downloadMedia(
        DownloadRecordingMediaParams.builder().recordingId("RE0123").build()));
    accept("replaceRecordingMedia", 204, () -> client.recordings().withRawResponse().replaceMedia(
        ReplaceRecordingMediaParams.builder().recordingId("RE0123").body(CallsAndRecordingsTest.B256).build()));
  }

  @Test
  void s28_pets() {
    accept("listPets", 200, () -> client.pets().withRawResponse().list(ListPetsParams.builder().offset(0).limit(2).build()));
    accept("fetchPetOwner", 200, () -> client.pets().withRawResponse().fetchOwner(
        FetchPetOwnerParams.builder().petId("5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10").build()));
    Dog dog = Dog.builder().id("5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10").name("Rex").petType("dog").goodBoy(true).breed(null).build();
    ApiStatusException e = assertThrows(ApiStatusException.class,
        () -> client.pets().create(CreatePetParams.builder().body(Pet.ofDog(dog)).build()));
    assertEquals(422, e.statusCode(), e.rawBody());
    assertTrue(e.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    JsonNode validation = ((JsonNode) e.body()).get("validation");
    assertEquals(1, validation.size(), e.rawBody());
    assertEquals("oneOf", validation.get(0).get("code").asText(), e.rawBody());
    assertEquals("[\"body\"]", validation.get(0).get("location").toString(), e.rawBody());
  }
}
