package dev.switchboard.typescript;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Descriptions written in HTML, as Stripe's are, become Markdown JSDoc. */
class HtmlDocsTest {
  @TempDir
  Path dir;

  private String all() {
    return Pipeline.text(Pipeline.generate(Specs.write(dir, "openapi.yaml", Specs.HTML_DESCRIPTIONS), new TypeScriptPlugin()));
  }

  @Test
  void htmlDescriptionsBecomeMarkdown() {
    String sdk = all();
    assertThat(sdk).contains("""
        /**
         * A `Charge` object represents a single attempt to move money & more.
         *
         * Ends \"""here\\
         */
        export interface Charge {
          /** Amount in `cents`, see this. */
        """);
    assertThat(sdk).contains("/** Returns a list of charges. See [the docs](https://stripe.com/docs/api).");
    // The README's sentence about the operation, from core's README model.
    assertThat(sdk).contains("\nReturns a list of charges. See the docs.\n");
    assertThat(sdk).doesNotContain("<p>");
    assertThat(sdk).doesNotContain("<code>");
    assertThat(sdk).doesNotContain("javascript:");
  }
}
