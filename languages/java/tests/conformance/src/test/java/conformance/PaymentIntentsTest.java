package conformance;

import static conformance.Clients.BASIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kitchensink.KitchenSinkClient;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.errors.ClientErrorException;
import com.kitchensink.errors.NotFoundException;
import com.kitchensink.models.ApiErrorBody;
import com.kitchensink.models.CreatePaymentIntentParams;
import com.kitchensink.models.FetchAccountParams;
import com.kitchensink.models.PaymentIntent;
import com.kitchensink.models.PaymentIntentCreateShipping;
import com.kitchensink.models.PaymentIntentCreateShippingAddress;
import com.kitchensink.models.UpdatePaymentIntentParams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * S45-S48: form bodies written as Stripe's are, explicit encodings, idempotency keys and default
 * headers from the config, and the API's own error code and message on the exception.
 */
class PaymentIntentsTest {
  private static final String INTENTS = "/v1/payment_intents";
  private static final String VERSION = "2026-11-01";
  private final KitchenSinkClient client = Clients.standard();

  @Test
  void s45_deepObjectArraysAndObjectsInAFormBody() {
    Wire.load("S45");
    PaymentIntent intent = client.paymentIntents().create(CreatePaymentIntentParams.builder()
        .amount(2000L)
        .currency("usd")
        .paymentMethodTypes(List.of("card"))
        .expand(List.of("customer", "latest_charge"))
        .metadata(Map.of("order_id", "6735"))
        .shipping(PaymentIntentCreateShipping.builder().name("Jenny Rosen")
            .address(PaymentIntentCreateShippingAddress.builder().line1("1 Main St").city("Dublin").build())
            .build())
        .build());
    assertEquals("pi_045", intent.id());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    Wire.Seen request = seen.get(0);
    assertEquals("POST", request.method());
    assertEquals(INTENTS, request.url());
    assertEquals("amount=2000&currency=usd&payment_method_types%5B0%5D=card"
        + "&expand%5B0%5D=customer&expand%5B1%5D=latest_charge&metadata%5Border_id%5D=6735"
        + "&shipping%5Bname%5D=Jenny+Rosen&shipping%5Baddress%5D%5Bline1%5D=1+Main+St"
        + "&shipping%5Baddress%5D%5Bcity%5D=Dublin", request.text());
    assertTrue(request.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    assertEquals(BASIC, request.header("Authorization"));
  }

  @Test
  void s46_explicitEncodings() {
    Wire.load("S46");
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("order_id", "6735");
    metadata.put("channel", "web");
    PaymentIntent intent = client.paymentIntents().update(UpdatePaymentIntentParams.builder()
        .intent("pi_046")
        .description("Rush order")
        .paymentMethodTypes(List.of("card", "sepa_debit"))
        .labels(List.of("gift", "rush"))
        .metadata(metadata)
        .build());
    assertEquals("processing", intent.status());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals(INTENTS + "/pi_046", seen.get(0).url());
    assertEquals("description=Rush+order&payment_method_types=card%2Csepa_debit&labels=gift%7Crush"
        + "&order_id=6735&channel=web", seen.get(0).text());
  }

  @Test
  void s47_idempotencyKeyFromTheConfigAndDefaultHeaders() {
    Wire.load("S47");
    PaymentIntent intent = client.paymentIntents().create(
        CreatePaymentIntentParams.builder().amount(500L).currency("eur").build());
    assertEquals("pi_047", intent.id());
    KitchenSinkClient pinned = KitchenSinkClient.builder().baseUrl(Wire.W + "/v1")
        .accountAuth(Clients.SID, "token-secret").apiKeyAuth("key-123")
        .header("kitchensink-version", "2027-01-01").build();
    assertEquals("ok", pinned.misc().getHealth());
    assertEquals("ok", client.misc().getHealth(RequestOptions.builder().header("KitchenSink-Version", "2028-01-01").build()));
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(4, seen.size());
    for (Wire.Seen s : seen.subList(0, 2)) {
      assertEquals(INTENTS, s.url());
      assertEquals("amount=500&currency=eur", s.text());
      assertEquals(VERSION, s.header("KitchenSink-Version"));
    }
    assertNotNull(seen.get(0).header("Idempotency-Key"));
    assertEquals(seen.get(0).header("Idempotency-Key"), seen.get(1).header("Idempotency-Key"));
    long gap = seen.get(1).loggedDate() - seen.get(0).loggedDate();
    assertTrue(gap >= 900 && gap < 3000, "gap " + gap);
    assertEquals("2027-01-01", seen.get(2).header("KitchenSink-Version"));
    assertEquals("2028-01-01", seen.get(3).header("KitchenSink-Version"));
  }

  @Test
  void s48_typedErrorFields() {
    Wire.load("S48");
    ClientErrorException declined = assertThrows(ClientErrorException.class, () -> client.paymentIntents().create(
        CreatePaymentIntentParams.builder().amount(100L).currency("usd").build()));
    assertEquals(402, declined.statusCode());
    assertEquals("card_declined", declined.code().orElseThrow());
    assertEquals("Your card has insufficient funds.", declined.apiMessage().orElseThrow());
    assertEquals("HTTP 402: Your card has insufficient funds. (code: card_declined)", declined.getMessage());
    ApiErrorBody body = declined.body(ApiErrorBody.class).orElseThrow();
    assertEquals("insufficient_funds", body.error().declineCode().orElseThrow());
    assertEquals("payment_method", body.error().param().orElseThrow());
    assertTrue(declined.rawBody().startsWith("{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\""));
    String missing = "AC00000000000000000000000000000404";
    NotFoundException notFound = assertThrows(NotFoundException.class, () -> client.accounts().fetch(
        FetchAccountParams.builder().accountSid(missing).build()));
    assertEquals("20404", notFound.code().orElseThrow());
    assertEquals("The requested resource /v1/accounts/" + missing + " was not found", notFound.apiMessage().orElseThrow());
    assertTrue(notFound.getMessage().contains("(code: 20404)"));
    assertEquals(List.of(INTENTS, "/v1/accounts/" + missing), Wire.journal().stream().map(Wire.Seen::url).toList());
  }
}
