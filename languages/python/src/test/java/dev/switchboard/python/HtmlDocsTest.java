package dev.switchboard.python;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.testing.Pipeline;
import dev.switchboard.core.testing.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Descriptions written in HTML, as Stripe's are, become Markdown docstrings. */
class HtmlDocsTest {
  private static final String SPEC = Specs.openapi("""
      paths:
        /v1/charges:
          get:
            operationId: GetCharges
            description: '<p>Returns a list of charges. See <a href="https://stripe.com/docs/api">the docs</a>.</p>'
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/charge'}
      components:
        schemas:
          charge:
            type: object
            description: '<p>A <code>Charge</code> object represents a single attempt to move money &amp; more.</p><p>Ends \"""here\\</p>'
            properties:
              amount: {type: integer, description: '<p>Amount in <code>cents</code>, see <a href="javascript:x()">this</a>.</p>'}
      """);

  @TempDir
  Path dir;

  private String all() {
    StringBuilder out = new StringBuilder();
    Pipeline.generate(Specs.write(dir, "openapi.yaml", SPEC), new PythonPlugin()).files()
        .forEach((path, bytes) -> out.append(new String(bytes)));
    return out.toString();
  }

  @Test
  void htmlDescriptionsBecomeMarkdown() {
    String sdk = all();
    assertThat(sdk).contains("""
        class Charge(BaseModel):
            \"""A `Charge` object represents a single attempt to move money & more.

            Ends \\"\\"\\"here\\\\
            \"""
        """);
    assertThat(sdk).contains("\"\"\"Amount in `cents`, see this.\"\"\"");
    assertThat(sdk).contains("Returns a list of charges. See [the docs](https://stripe.com/docs/api).");
    assertThat(sdk).contains("Returns a list of charges. See the docs.\n");
    assertThat(sdk).doesNotContain("<p>");
    assertThat(sdk).doesNotContain("<code>");
    assertThat(sdk).doesNotContain("javascript:");
  }
}
