import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.generated.twiliomessaging.core.Json;
import dev.switchboard.generated.twiliomessaging.models.TollfreeVerificationCreateParams;
import dev.switchboard.generated.twiliomessaging.models.TollfreeVerificationEnumOptInType;
import java.util.List;

/**
 * Exits 0 when build() refuses Twilio's CreateTollfreeVerification params without UseCaseCategories
 * (required and nullable), naming it, and accepts them with an explicit null, which is sent as JSON null.
 */
public final class RequiredNullable {
  public static void main(String[] args) throws Exception {
    TollfreeVerificationCreateParams.Builder others = TollfreeVerificationCreateParams.builder()
        .businessName("Acme").businessWebsite("https://acme.test").notificationEmail("ops@acme.test")
        .useCaseSummary("Codes").productionMessageSample("Your code is 1234").optInImageUrls(List.of())
        .optInType(TollfreeVerificationEnumOptInType.VERBAL).messageVolume("10")
        .tollfreePhoneNumberSid("PN00000000000000000000000000000000");
    try {
      others.build();
      fail("build() accepted params without useCaseCategories");
    } catch (IllegalStateException e) {
      if (!e.getMessage().contains("`useCaseCategories`")) {
        fail("build() did not name useCaseCategories: " + e.getMessage());
      }
    }
    TollfreeVerificationCreateParams params = others.useCaseCategories(null).build();
    if (params.body().useCaseCategories().isPresent()) {
      fail("an explicit null reads back as a value");
    }
    JsonNode sent = Json.mapper().valueToTree(params.body());
    if (!sent.has("UseCaseCategories") || !sent.get("UseCaseCategories").isNull()) {
      fail("an explicit null is not sent as JSON null: " + sent);
    }
    System.out.println("required nullable ok: build() names useCaseCategories unless it is set, even to null");
  }

  private static void fail(String message) {
    System.out.println("required nullable FAILED: " + message);
    System.exit(1);
  }
}
