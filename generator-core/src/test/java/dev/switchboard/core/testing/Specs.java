package dev.switchboard.core.testing;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.lower.Lowerer;
import dev.switchboard.core.lower.LoweringOptions;
import dev.switchboard.core.spec.SpecLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Lowers small specs written inline in tests. */
public final class Specs {
  private Specs() {}

  public static Path write(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Api lower(Path file, Diagnostics diagnostics) {
    return new Lowerer(diagnostics, LoweringOptions.DEFAULT).lower(new SpecLoader().load(file, diagnostics));
  }

  /** An OpenAPI 3.1 document with the given YAML appended after info. */
  public static String openapi(String body) {
    return "openapi: 3.1.0\ninfo: {title: Test API, version: '1'}\n" + body;
  }

  /**
   * Descriptions written in HTML, as Stripe's are: paragraphs, code, an entity, a link, a
   * {@code javascript:} link that must not survive, and a closing that ends in quotes and a
   * backslash. An operation returns the described object.
   */
  public static final String HTML_DESCRIPTIONS = openapi("""
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
}
