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
}
