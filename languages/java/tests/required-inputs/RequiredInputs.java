import dev.switchboard.generated.optionalbody.models.CreateMessageParams;

/** Exits 0 when build() refuses params without To, naming it, and accepts them with To. */
public final class RequiredInputs {
  public static void main(String[] args) {
    try {
      CreateMessageParams.builder().body("hi").build();
      System.out.println("required inputs FAILED: build() accepted params without to");
      System.exit(1);
    } catch (IllegalStateException e) {
      if (!e.getMessage().contains("`to`")) {
        System.out.println("required inputs FAILED: build() did not name to: " + e.getMessage());
        System.exit(1);
      }
    }
    CreateMessageParams params = CreateMessageParams.builder().to("+15550100").body("hi").build();
    if (!params.requestBody().to().equals("+15550100")) {
      System.out.println("required inputs FAILED: to was not kept");
      System.exit(1);
    }
    System.out.println("required inputs ok: build() names to when it is not set");
  }
}
