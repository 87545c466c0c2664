package dev.switchboard.core.ir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Vendor extensions ({@code x-*}), kept sorted for plugins. */
public final class Extensions {
  private Extensions() {}

  public static Map<String, JsonNode> sorted(Map<String, JsonNode> extensions) {
    return extensions == null || extensions.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new TreeMap<>(extensions));
  }
}
