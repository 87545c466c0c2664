package dev.switchboard.core.lower;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import java.util.Map;
import java.util.TreeMap;

/** Converts swagger-parser's example, default and extension objects into JSON trees. */
final class Values {
  private static final ObjectMapper MAPPER = Json.mapper();

  private Values() {}

  static JsonNode tree(Object value) {
    if (value == null || value instanceof JsonNode) {
      return (JsonNode) value;
    }
    if (value instanceof String text) {
      return MAPPER.getNodeFactory().textNode(text);
    }
    return MAPPER.valueToTree(value);
  }

  static Map<String, JsonNode> extensions(Map<String, Object> extensions) {
    if (extensions == null || extensions.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonNode> converted = new TreeMap<>();
    extensions.forEach((key, value) -> converted.put(key, value == null ? MAPPER.nullNode() : tree(value)));
    return converted;
  }
}
