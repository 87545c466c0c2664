package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.plugin.OptionSet;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code errors:}: where an error body keeps the API's own error code and message, as dotted paths
 * of wire names ({@code code: error.code}, {@code message: error.message}). Without it they are
 * found by convention (docs/plan.md, "Error fields").
 */
public record ErrorsConfig(Optional<List<String>> code, Optional<List<String>> message) {
  public static final ErrorsConfig NONE = new ErrorsConfig(Optional.empty(), Optional.empty());

  public ErrorsConfig {
    code = code.map(List::copyOf);
    message = message.map(List::copyOf);
  }

  static ErrorsConfig read(Path file, JsonNode node) {
    if (node == null || node.isNull()) {
      return NONE;
    }
    if (!node.isObject()) {
      throw new ConfigException(file + ": errors: expected a mapping such as {code: error.code, message: error.message}, got "
          + OptionSet.kind(node));
    }
    node.fieldNames().forEachRemaining(key -> {
      if (!key.equals("code") && !key.equals("message")) {
        throw new ConfigException(file + ": errors." + key + ": unknown setting (allowed: code, message)");
      }
    });
    return new ErrorsConfig(path(file, "code", node.get("code")), path(file, "message", node.get("message")));
  }

  private static Optional<List<String>> path(Path file, String key, JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual() || node.textValue().isEmpty() || Arrays.stream(node.textValue().split("\\.", -1)).anyMatch(String::isEmpty)) {
      throw new ConfigException(file + ": errors." + key + ": expected a dotted path of property names such as 'error."
          + key + "', got " + OptionSet.kind(node));
    }
    return Optional.of(List.of(node.textValue().split("\\.")));
  }
}
