package dev.switchboard.core.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.switchboard.core.diagnostics.Diagnostics;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/** Parses spec text into a JSON tree, reporting syntax errors with line and column. */
final class SpecTree {
  private static final ObjectMapper JSON = new ObjectMapper(largeInput(new com.fasterxml.jackson.core.JsonFactory()));
  private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());

  private SpecTree() {}

  static Optional<JsonNode> parse(String text, Diagnostics diagnostics) {
    if (text.isBlank()) {
      diagnostics.error("empty-file", "", "the file is empty", "pass an OpenAPI 2.0, 3.0 or 3.1 document");
      return Optional.empty();
    }
    boolean json = text.stripLeading().startsWith("{");
    try {
      return Optional.of((json ? JSON : YAML).readTree(text));
    } catch (JsonProcessingException e) {
      reportSyntax(e, json ? "JSON" : "YAML", diagnostics);
      return Optional.empty();
    }
  }

  private static void reportSyntax(JsonProcessingException e, String format, Diagnostics diagnostics) {
    var location = e.getLocation();
    String where = location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    String problem = e.getOriginalMessage().lines()
        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
        .map(String::strip)
        .collect(java.util.stream.Collectors.joining("; "));
    diagnostics.error(
        "malformed-" + format.toLowerCase(java.util.Locale.ROOT),
        where,
        "malformed " + format + ": " + (problem.isEmpty() ? "syntax error" : problem),
        "fix the syntax at that line and column");
  }

  /** Deepest nesting of objects and arrays accepted; real specs stay far below it. */
  static final int MAX_DEPTH = 500;
  /** Most YAML aliases to collections accepted: enough for real specs, too few for an alias bomb. */
  static final int MAX_ALIASES = 1_000;

  private static <F extends com.fasterxml.jackson.core.JsonFactory> F largeInput(F factory) {
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).maxNestingDepth(MAX_DEPTH).build());
    factory.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return factory;
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    return largeInput(YAMLFactory.builder().loaderOptions(options).build());
  }

}
