package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.plugin.OptionSet;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code pagination:} section of switchboard.yaml: how single operations page, by operation id
 * ({@code GET /path} for operations without one), in the form of the {@code x-pagination}
 * extension. {@code none} turns pagination off for an operation.
 *
 * <pre>
 * pagination:
 *   ListWidgets: {style: cursor, items: data, cursor-param: after, next-cursor: meta.next}
 *   GetEvents: none
 * </pre>
 */
public record PaginationConfig(Map<String, Map<String, String>> operations) {
  public static final PaginationConfig NONE = new PaginationConfig(Map.of());
  /** The style that turns pagination off. */
  public static final String OFF = "none";

  private static final Map<String, Set<String>> KEYS = Map.of(
      "next-url", Set.of("items", "next"),
      "link-header", Set.of("items"),
      "cursor", Set.of("items", "cursor-param", "next-cursor", "has-more"),
      "offset", Set.of("items", "offset-param", "limit-param"),
      "page", Set.of("items", "page-param", "limit-param"));

  public PaginationConfig {
    Map<String, Map<String, String>> copy = new TreeMap<>();
    operations.forEach((id, settings) -> copy.put(id, Collections.unmodifiableMap(new TreeMap<>(settings))));
    operations = Collections.unmodifiableMap(copy);
  }

  static PaginationConfig read(Path file, JsonNode node) {
    if (node == null || node.isNull()) {
      return NONE;
    }
    NamingConfig.requireMapping(file, "pagination", node);
    Map<String, Map<String, String>> operations = new TreeMap<>();
    node.fields().forEachRemaining(entry -> operations.put(entry.getKey(),
        settings(file, "pagination." + entry.getKey(), entry.getValue())));
    return new PaginationConfig(operations);
  }

  private static Map<String, String> settings(Path file, String where, JsonNode value) {
    if (value.isTextual() && value.textValue().equals(OFF) || value.isBoolean() && !value.booleanValue()) {
      return Map.of("style", OFF);
    }
    NamingConfig.requireMapping(file, where, value);
    JsonNode style = value.get("style");
    if (style == null || !style.isTextual() || !KEYS.containsKey(style.textValue())) {
      throw new ConfigException(file + ": " + where + ".style: expected one of "
          + String.join(", ", new java.util.TreeSet<>(KEYS.keySet())) + ", got "
          + (style == null ? "nothing" : style.isTextual() ? "'" + style.textValue() + "'" : OptionSet.kind(style)));
    }
    Set<String> allowed = KEYS.get(style.textValue());
    Map<String, String> settings = new TreeMap<>();
    value.fields().forEachRemaining(entry -> {
      String key = entry.getKey();
      if (!key.equals("style") && !allowed.contains(key)) {
        throw new ConfigException(file + ": " + where + "." + key + ": not a setting of style " + style.textValue()
            + " (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
      }
      if (!entry.getValue().isTextual()) {
        throw new ConfigException(file + ": " + where + "." + key + ": expected text such as 'data', got " + OptionSet.kind(entry.getValue()));
      }
      settings.put(key, entry.getValue().textValue());
    });
    for (String required : List.of("cursor-param", "next-cursor", "offset-param", "page-param", "next")) {
      if (allowed.contains(required) && !settings.containsKey(required)) {
        throw new ConfigException(file + ": " + where + ": style " + style.textValue() + " needs '" + required + "'");
      }
    }
    return settings;
  }
}
