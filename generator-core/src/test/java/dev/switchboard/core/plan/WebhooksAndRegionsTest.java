package dev.switchboard.core.plan;

import static com.google.common.truth.Truth.assertThat;
import static dev.switchboard.core.testing.Specs.openapi;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code webhooks:} and {@code regions:} sections, checked and copied into the plan. */
class WebhooksAndRegionsTest {
  @TempDir Path dir;

  private static final String SPEC = """
      paths:
        /health:
          get:
            operationId: getHealth
            responses:
              '200': {description: ok}
      """;

  private Plan plan(String config) throws Exception {
    Path file = dir.resolve("switchboard.yaml");
    Files.writeString(file, config);
    return Planner.plan(Specs.lower(Specs.write(dir, "test.yaml", openapi(SPEC)), new Diagnostics("test.yaml")),
        SwitchboardConfig.read(file));
  }

  private String refused(String config) throws Exception {
    Path file = dir.resolve("switchboard.yaml");
    Files.writeString(file, config);
    return assertThrows(ConfigException.class, () -> SwitchboardConfig.read(file)).getMessage();
  }

  @Test
  void noSectionsPlanNothing() throws Exception {
    Plan plan = plan("");
    assertThat(plan.webhooks()).isEmpty();
    assertThat(plan.regions()).isEmpty();
    assertThat(PlanJson.write(plan)).doesNotContain("webhooks");
  }

  @Test
  void timestampedSchemeDefaultsToFiveMinutesAndHex() throws Exception {
    WebhookSignature signature = plan("webhooks: {scheme: timestamped-hmac, header: Stripe-Signature}\n").webhooks().orElseThrow();
    assertThat(signature).isEqualTo(new WebhookSignature("timestamped-hmac", "Stripe-Signature", "sha256", "hex", "", "body", 300));
    assertThat(signature.timestamped()).isTrue();
  }

  @Test
  void urlFormSchemeAsTwilioSignsIt() throws Exception {
    WebhookSignature signature = plan("webhooks: {scheme: hmac, header: X-Twilio-Signature, algorithm: sha1, encoding: base64,"
        + " signs: url-form}\n").webhooks().orElseThrow();
    assertThat(signature).isEqualTo(new WebhookSignature("hmac", "X-Twilio-Signature", "sha1", "base64", "", "url-form", 0));
  }

  @Test
  void webhookSettingsThatCannotWorkAreRefused() throws Exception {
    assertThat(refused("webhooks: {header: X-Sig}\n")).contains("webhooks.scheme: expected one of hmac, timestamped-hmac");
    assertThat(refused("webhooks: {scheme: rsa, header: X-Sig}\n"))
        .contains("webhooks.scheme: \"rsa\" is not one of hmac, timestamped-hmac");
    assertThat(refused("webhooks: {scheme: hmac}\n")).contains("webhooks.header: expected the name of the header");
    assertThat(refused("webhooks: {scheme: hmac, header: 'X Sig'}\n")).contains("webhooks.header: 'X Sig' is not a valid header name");
    assertThat(refused("webhooks: {scheme: hmac, header: X-Sig, algorithm: md5}\n"))
        .contains("webhooks.algorithm: \"md5\" is not one of sha1, sha256, sha512");
    assertThat(refused("webhooks: {scheme: hmac, header: X-Sig, encoding: base32}\n"))
        .contains("webhooks.encoding: \"base32\" is not one of hex, base64");
    assertThat(refused("webhooks: {scheme: hmac, header: X-Sig, signs: headers}\n"))
        .contains("webhooks.signs: \"headers\" is not one of body, url-form");
    assertThat(refused("webhooks: {scheme: timestamped-hmac, header: X-Sig, signs: url-form}\n"))
        .contains("webhooks.signs: a timestamped-hmac scheme signs 'TIMESTAMP.' followed by the body");
    assertThat(refused("webhooks: {scheme: hmac, header: X-Sig, tolerance: 300}\n"))
        .contains("webhooks.tolerance: only for scheme: timestamped-hmac");
    assertThat(refused("webhooks: {scheme: timestamped-hmac, header: X-Sig, tolerance: -5}\n"))
        .contains("webhooks.tolerance: expected a whole number of seconds greater than 0");
    assertThat(refused("webhooks: {scheme: timestamped-hmac, header: X-Sig, prefix: 'v1='}\n"))
        .contains("webhooks.prefix: only for scheme: hmac");
    assertThat(refused("webhooks: {scheme: hmac, header: X-Sig, secret: abc}\n"))
        .contains("webhooks.secret: unknown setting (allowed: algorithm, encoding, header, prefix, scheme, signs, tolerance)");
    assertThat(refused("webhooks: hmac\n")).contains("webhooks: expected a mapping such as");
  }

  @Test
  void regionsReadTheirVariablesFromTheClientPrefixUnlessNamed() throws Exception {
    HostRewrite rewrite = plan("regions: {hosts: ['*.comms.test'], rewrite: '{host}.{edge}.{region}.comms.test',"
        + " default-region: us1}\n").regions().orElseThrow();
    assertThat(rewrite.hosts()).containsExactly("*.comms.test");
    assertThat(rewrite.defaultRegion()).isEqualTo(Optional.of("us1"));
    assertThat(rewrite.regionOption().words()).containsExactly("region");
    assertThat(rewrite.regionVariable()).isEqualTo("TEST_REGION");
    assertThat(rewrite.edgeVariable()).isEqualTo("TEST_EDGE");

    HostRewrite named = plan("regions: {hosts: [api.comms.test], rewrite: 'api.{region}.comms.test',"
        + " options: {region: mediaRegion, edge: media_edge}, env: {region: TWILIO_REGION, edge: TWILIO_EDGE}}\n")
        .regions().orElseThrow();
    assertThat(named.regionOption().words()).isEqualTo(List.of("media", "region"));
    assertThat(named.edgeOption().words()).isEqualTo(List.of("media", "edge"));
    assertThat(named.regionVariable()).isEqualTo("TWILIO_REGION");
    assertThat(named.defaultRegion()).isEmpty();
  }

  @Test
  void regionSettingsThatCannotWorkAreRefused() throws Exception {
    assertThat(refused("regions: {rewrite: '{region}.x.test'}\n")).contains("regions.hosts: expected the hosts to rewrite");
    assertThat(refused("regions: {hosts: ['https://x.test'], rewrite: '{region}.x.test'}\n"))
        .contains("regions.hosts: 'https://x.test' is neither a host name");
    assertThat(refused("regions: {hosts: [x.test]}\n")).contains("regions.rewrite: expected the new host");
    assertThat(refused("regions: {hosts: [x.test], rewrite: 'x-{region}.test'}\n"))
        .contains("regions.rewrite: 'x-{region}' in \"x-{region}.test\" is neither a host label nor one of {host}, {edge}, {region}");
    assertThat(refused("regions: {hosts: [x.test], rewrite: '{host}.test'}\n"))
        .contains("regions.rewrite: \"{host}.test\" uses neither {region} nor {edge}");
    assertThat(refused("regions: {hosts: [x.test], rewrite: '{region}.x.test', default-region: 'us 1'}\n"))
        .contains("regions.default-region: 'us 1' is not a host label");
    assertThat(refused("regions: {hosts: [x.test], rewrite: '{region}.x.test', env: {region: 'MY-REGION'}}\n"))
        .contains("regions.env.region: 'MY-REGION' is not an environment variable name");
    assertThat(refused("regions: {hosts: [x.test], rewrite: '{region}.x.test', options: {zone: z}}\n"))
        .contains("regions.options.zone: unknown setting (allowed: edge, region)");
    assertThat(refused("regions: {hosts: [x.test], rewrite: '{region}.x.test', options: {region: a, edge: a}}\n"))
        .contains("regions.options: region and edge need two different option names");
  }
}
