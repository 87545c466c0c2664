package dev.switchboard.core.spec;

import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.Objects;

/** A parsed and reference-resolved spec, ready for lowering. */
public record LoadedSpec(Path path, String sourceVersion, OpenAPI openApi) {
  public LoadedSpec {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(openApi, "openApi == null");
  }
}
