package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.plugin.OptionSet;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code defaults:}: path parameters a call may leave out, and where their value comes from then.
 * Keys are path parameters' wire names; the only source is {@code auth.username}, the user name of
 * the API's basic scheme, read when the call is made.
 *
 * <pre>
 * defaults:
 *   AccountSid: auth.username
 * </pre>
 */
public record DefaultsConfig(Map<String, Source> byParameter) {
  public static final DefaultsConfig NONE = new DefaultsConfig(Map.of());

  public DefaultsConfig {
    byParameter = Map.copyOf(byParameter);
  }

  /** Where a left-out path parameter's value comes from. */
  public enum Source {
    /** The user name of the operation's basic scheme. */
    AUTH_USERNAME
  }

  /** The source configured for a path parameter, by wire name. */
  public Optional<Source> of(String wire) {
    return Optional.ofNullable(byParameter.get(wire));
  }

  static DefaultsConfig read(Path file, JsonNode node) {
    if (node == null || node.isNull()) {
      return NONE;
    }
    if (!node.isObject()) {
      throw new ConfigException(file + ": defaults: expected a mapping of path parameter to source such as {AccountSid: "
          + "auth.username}, got " + OptionSet.kind(node));
    }
    Map<String, Source> sources = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (!entry.getValue().isTextual() || !entry.getValue().textValue().equals("auth.username")) {
        throw new ConfigException(file + ": defaults." + entry.getKey() + ": expected auth.username (the basic scheme's"
            + " user name), got " + (entry.getValue().isTextual() ? "'" + entry.getValue().textValue() + "'"
            : OptionSet.kind(entry.getValue())));
      }
      sources.put(entry.getKey(), Source.AUTH_USERNAME);
    }
    return new DefaultsConfig(sources);
  }
}
