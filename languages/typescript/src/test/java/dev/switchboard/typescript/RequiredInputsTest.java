package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import org.junit.jupiter.api.Test;

/** The plan's input rules as the TypeScript SDK prints them (samples/optional-body, like Twilio's Messages create). */
class RequiredInputsTest {
  private final String messages = Pipeline.generate(RepoPaths.samples().resolve("optional-body/openapi.yaml"),
      new TypeScriptPlugin()).text("src/resources/messages.ts");

  @Test
  void aRequiredPropertyOfAnOptionalBodyIsRequiredAndTheBodyIsAlwaysSent() {
    assertThat(messages).contains("""
        export interface CreateMessageParams {
          /** The recipient. */
          To: string;
          /** The text. */
          Body?: string;
        }
        """);
    assertThat(messages).containsMatch("declare create: \\(\\s*params: CreateMessageParams,");
    assertThat(messages).contains("      required: true,\n");
  }

  @Test
  void readOnlyPropertiesAreNotParams() {
    assertThat(messages).doesNotContain("sid");
  }
}
