package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.plugin.OptionSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads typed values out of one section of switchboard.yaml, naming the file and key on a bad one. */
final class ConfigNodes {
  private final String where;

  ConfigNodes(String where) {
    this.where = where;
  }

  /** A mapping (or nothing) whose keys must all be in {@code allowed}. */
  Optional<JsonNode> mapping(JsonNode node, String path, Set<String> allowed, String example) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw new ConfigException(where + ": " + path + ": expected a mapping such as " + example + ", got " + OptionSet.kind(node));
    }
    node.fieldNames().forEachRemaining(key -> {
      if (!allowed.isEmpty() && !allowed.contains(key)) {
        throw new ConfigException(where + ": " + path + "." + key + ": unknown setting (allowed: "
            + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
      }
    });
    return Optional.of(node);
  }

  Optional<String> text(JsonNode parent, String key, String path, String example) {
    JsonNode node = parent.get(key);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual() || node.textValue().isBlank()) {
      throw new ConfigException(where + ": " + path + "." + key + ": expected text such as " + example + ", got "
          + (node.isTextual() ? "blank text" : OptionSet.kind(node)));
    }
    return Optional.of(node.textValue());
  }

  /** One text or a list of texts. */
  List<String> texts(JsonNode parent, String key, String path, String example) {
    JsonNode node = parent.get(key);
    List<String> result = new ArrayList<>();
    if (node == null || node.isNull()) {
      return result;
    }
    if (node.isTextual()) {
      return new ArrayList<>(text(parent, key, path, example).stream().toList());
    }
    if (!node.isArray()) {
      throw new ConfigException(where + ": " + path + "." + key + ": expected text or a list of texts such as " + example
          + ", got " + OptionSet.kind(node));
    }
    for (JsonNode item : node) {
      if (!item.isTextual() || item.textValue().isBlank()) {
        throw new ConfigException(where + ": " + path + "." + key + ": expected a list of texts such as " + example
            + ", got an item that is " + (item.isTextual() ? "blank text" : OptionSet.kind(item)));
      }
      result.add(item.textValue());
    }
    return result;
  }

  ConfigException error(String path, String message) {
    return new ConfigException(where + ": " + path + ": " + message);
  }
}
