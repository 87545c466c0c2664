package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import org.junit.jupiter.api.Test;

/** The plan's input rules as the Python SDK prints them (samples/optional-body, like Twilio's Messages create). */
class RequiredInputsTest {
  private final String messages = Pipeline.generate(RepoPaths.samples().resolve("optional-body/openapi.yaml"),
      new PythonPlugin()).text("src/optional_body_sdk/resources/messages.py");

  @Test
  void aRequiredPropertyOfAnOptionalBodyIsARequiredKeyword() {
    assertThat(messages).contains(
        "        *,\n        to: str,\n        body: Union[str, NotGiven] = NOT_GIVEN,\n");
    assertThat(messages).contains("body_required=True");
  }

  @Test
  void readOnlyPropertiesAreNotArguments() {
    assertThat(messages).doesNotContain("sid:");
    assertThat(messages).doesNotContain("\"Sid\"");
  }
}
