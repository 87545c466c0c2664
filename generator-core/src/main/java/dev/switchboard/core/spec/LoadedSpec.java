package dev.switchboard.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A parsed spec, ready for lowering. {@code rawTree} reads the document again as JSON, for the rare
 * references the parser's model cannot follow (into paths, or nonstandard sections).
 */
public record LoadedSpec(Path path, String sourceVersion, OpenAPI openApi, Supplier<JsonNode> rawTree) {
  public LoadedSpec {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(openApi, "openApi == null");
    Objects.requireNonNull(rawTree, "rawTree == null");
  }
}
