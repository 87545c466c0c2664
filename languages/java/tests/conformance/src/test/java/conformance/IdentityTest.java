package conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kitchensink.KitchenSinkClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** S50: the User-Agent names this SDK, its version and the Java runtime. */
class IdentityTest {
  private final KitchenSinkClient client = Clients.standard();

  @Test
  void s50_userAgentNamesTheSdkItsVersionAndJava() {
    Wire.load("S50");
    assertEquals("ok", client.misc().getHealth());
    List<Wire.Seen> seen = Wire.journal();
    assertEquals(1, seen.size());
    assertEquals("kitchen-sink/1.0.0 java/" + System.getProperty("java.version"), seen.get(0).header("User-Agent"));
  }
}
