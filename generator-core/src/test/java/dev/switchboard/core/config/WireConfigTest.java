package dev.switchboard.core.config;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headers, idempotency and errors sections of switchboard.yaml refuse what no SDK could send. */
class WireConfigTest {
  @TempDir Path dir;

  private String refused(String yaml) throws Exception {
    Path file = dir.resolve("switchboard.yaml");
    Files.writeString(file, yaml);
    return assertThrows(ConfigException.class, () -> SwitchboardConfig.read(file)).getMessage();
  }

  @Test
  void headersMustBeSendable() throws Exception {
    assertThat(refused("headers: {'Bad Name': x}\n")).contains("headers: 'Bad Name' is not a valid header name");
    assertThat(refused("headers: {X-Version: \"a\\nb\"}\n")).contains("headers.X-Version: the value contains a line break");
    assertThat(refused("headers: {Authorization: secret}\n")).contains("headers.Authorization: set by the SDK itself");
    assertThat(refused("headers: {X-Version: [1]}\n")).contains("headers.X-Version: expected text");
    assertThat(refused("headers: {X-Trace: on}\n")).contains("headers.X-Trace: expected text (quote values");
    assertThat(refused("headers: [a]\n")).contains("headers: expected a mapping");
  }

  @Test
  void idempotencyNeedsAHeaderAndKnownMethods() throws Exception {
    assertThat(refused("idempotency: {methods: [POST]}\n")).contains("idempotency.header: expected a header name");
    assertThat(refused("idempotency: {header: Idempotency-Key, methods: [GET]}\n"))
        .contains("idempotency.methods: \"GET\" is not one of POST, PUT, PATCH, DELETE");
    assertThat(refused("idempotency: {header: Idempotency-Key, retries: 3}\n"))
        .contains("idempotency.retries: unknown setting (allowed: header, methods, except)");
  }

  @Test
  void errorFieldsAreDottedPaths() throws Exception {
    assertThat(refused("errors: {code: 'error..code'}\n")).contains("errors.code: expected a dotted path");
    assertThat(refused("errors: {kind: type}\n")).contains("errors.kind: unknown setting (allowed: code, message)");
  }

  @Test
  void anUnknownTopLevelKeyListsTheAllowedOnes() throws Exception {
    assertThat(refused("header: {X: y}\n"))
        .contains("header: unknown setting (allowed: auth, clientName, defaults, errors, headers, idempotency, languages, logging, mounts, naming, overlays, package, pagination, regions, shortcuts, specs, webhooks)");
  }

  @Test
  void validSectionsAreRead() throws Exception {
    Path file = dir.resolve("switchboard.yaml");
    Files.writeString(file, "headers: {Stripe-Version: \"2024-06-20\"}\n"
        + "idempotency: {header: Idempotency-Key, methods: [post, PATCH]}\nerrors: {code: error.code}\n");
    SwitchboardConfig config = SwitchboardConfig.read(file);
    assertThat(config.headers().values()).containsExactly("Stripe-Version", "2024-06-20");
    assertThat(config.idempotency().headerFor("updateThing", "PATCH")).hasValue("Idempotency-Key");
    assertThat(config.idempotency().headerFor("deleteThing", "DELETE")).isEmpty();
    assertThat(config.errors().code()).hasValue(java.util.List.of("error", "code"));
    assertThat(config.errors().message()).isEmpty();
  }
}
