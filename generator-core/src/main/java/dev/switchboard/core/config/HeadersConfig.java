package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.plugin.OptionSet;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code headers:}: headers every request sends unless the client or the call sets them, such as a
 * pinned API version ({@code Stripe-Version: "2024-06-20"}). Names and values are checked here,
 * so that no SDK is generated with a header it would refuse to send.
 */
public record HeadersConfig(Map<String, String> values) {
  public static final HeadersConfig NONE = new HeadersConfig(Map.of());

  /** Headers the SDK sets itself; a default would be silently replaced or would break requests. */
  private static final Set<String> RESERVED = Set.of("authorization", "content-type", "content-length", "host",
      "transfer-encoding", "cookie", "user-agent");

  public HeadersConfig {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  static HeadersConfig read(Path file, JsonNode node) {
    if (node == null || node.isNull()) {
      return NONE;
    }
    if (!node.isObject()) {
      throw new ConfigException(file + ": headers: expected a mapping of header name to value, such as "
          + "'X-GitHub-Api-Version: \"2022-11-28\"', got " + OptionSet.kind(node));
    }
    Map<String, String> values = new LinkedHashMap<>();
    node.fields().forEachRemaining(entry -> {
      String name = entry.getKey();
      JsonNode value = entry.getValue();
      if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
        throw new ConfigException(file + ": headers: '" + name + "' is not a valid header name");
      }
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new ConfigException(file + ": headers." + name + ": set by the SDK itself; choose another header");
      }
      if (!value.isTextual() && !value.isNumber()) {
        throw new ConfigException(file + ": headers." + name + ": expected text (quote values such as \"2024-06-20\" or \"on\"), got "
            + OptionSet.kind(value));
      }
      String text = value.asText();
      if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
        throw new ConfigException(file + ": headers." + name + ": the value contains a line break or control character");
      }
      values.put(name, text);
    });
    return new HeadersConfig(values);
  }
}
