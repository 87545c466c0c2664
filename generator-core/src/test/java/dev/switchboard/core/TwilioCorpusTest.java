package dev.switchboard.core;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.diagnostics.SpecException;
import dev.switchboard.core.diagnostics.Severity;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.testing.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** All 55 Twilio specs load and lower without errors, and every list operation pages. */
class TwilioCorpusTest {
  static List<Path> specs() throws IOException {
    try (Stream<Path> files = Files.list(RepoPaths.twilioSpecs())) {
      List<Path> specs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertWithMessage("Twilio specs in %s", RepoPaths.twilioSpecs()).that(specs).hasSize(55);
      return specs;
    }
  }

  @ParameterizedTest
  @MethodSource("specs")
  void lowersWithoutErrors(Path spec) {
    Diagnostics diagnostics = new Diagnostics(spec.toString());
    Api api;
    try {
      api = Switchboard.load(spec, SwitchboardConfig.EMPTY, diagnostics);
    } catch (SpecException e) {
      throw new AssertionError(e.diagnostics().sorted().toString(), e);
    }
    assertWithMessage("errors").that(diagnostics.count(Severity.ERROR)).isEqualTo(0);
    List<String> unpaged = api.operations()
        .filter(o -> o.method().equals("GET") && o.pagination().isEmpty() && hasNextLink(spec, o.path()))
        .map(o -> o.id()).toList();
    assertWithMessage("list operations with a next-page link but no pagination").that(unpaged).isEmpty();
  }

  /**
   * With the folder's switchboard.yaml: credentials from TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN,
   * and every operation's errors typed by Twilio's error body (its overlay).
   */
  @ParameterizedTest
  @MethodSource("specs")
  void lowersWithTheTwilioConfig(Path spec) {
    SwitchboardConfig config = SwitchboardConfig.read(RepoPaths.twilioSpecs().resolve("switchboard.yaml"));
    Diagnostics diagnostics = new Diagnostics(spec.toString());
    Api api = Switchboard.load(spec, config, diagnostics);
    assertWithMessage("errors").that(diagnostics.count(Severity.ERROR)).isEqualTo(0);
    api.securityScheme("accountSid_authToken").ifPresent(basic -> assertWithMessage("basic credentials")
        .that(basic.credentials().stream().map(c -> c.environmentVariable()).toList())
        .containsExactly("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN").inOrder());
    List<String> untyped = api.operations()
        .filter(o -> o.responses().stream().noneMatch(r -> r.status().equals("default")
            && r.content().map(c -> c.type().equals(TypeRef.named("TwilioErrorBody"))).orElse(false)))
        .map(o -> o.id()).toList();
    assertWithMessage("operations without Twilio's error body").that(untyped).isEmpty();
  }

  /** Read straight from the JSON: does the 200 response (or the schema it references) carry a next link? */
  private static boolean hasNextLink(Path spec, String path) {
    try {
      JsonNode root = new ObjectMapper().readTree(spec.toFile());
      JsonNode schema = root.path("paths").path(path).path("get").path("responses").path("200")
          .path("content").elements().next().path("schema");
      if (schema.has("$ref")) {
        schema = root.at(schema.get("$ref").asText().substring(1));
      }
      String text = schema.toString();
      if (text.contains("#/components/schemas/")) {
        for (JsonNode ref : schema.findValues("$ref")) {
          text += root.at(ref.asText().substring(1)).toString();
        }
      }
      return text.contains("next_page_ur") || text.contains("nextToken") || text.contains("next_token");
    } catch (IOException | java.util.NoSuchElementException e) {
      return false;
    }
  }
}
