package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.RepoPaths;
import org.junit.jupiter.api.Test;

/**
 * Input models that take properties they do not list (samples/open-inputs): the README says that
 * their TypedDicts refuse such keys and how to send them (tests/open-inputs.sh checks it with mypy).
 */
class OpenInputsTest {
  private static String readme(String spec) {
    return Pipeline.generate(RepoPaths.samples().resolve(spec), new PythonPlugin()).text("README.md");
  }

  @Test
  void theReadmeNamesAnOpenInputModelAndHowToSendUnlistedKeys() {
    String readme = readme("open-inputs/openapi.yaml");
    assertThat(readme).contains("Some input models, such as `Style`, also take properties they do not list");
    assertThat(readme).contains("a key that `StyleParam` does not name is refused by type checkers");
    assertThat(readme).contains("`Style.model_validate({...})`");
  }

  @Test
  void anApiWithoutOpenInputModelsHasNoSuchNote() {
    assertThat(readme("kitchen-sink/openapi.yaml")).doesNotContain("also take properties they do not list");
  }
}
