package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.switchboard.core.plugin.LanguageOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code switchboard.yaml}: an optional {@code clientName} and per-language options.
 *
 * <pre>
 * clientName: KitchenSink
 * languages:
 *   python: {packageName: kitchen_sink, version: 1.2.0}
 * </pre>
 */
public record SwitchboardConfig(Optional<String> clientName, Map<String, LanguageOptions> languages) {
  private static final Set<String> TOP_LEVEL = Set.of("clientName", "languages");

  public static final SwitchboardConfig EMPTY = new SwitchboardConfig(Optional.empty(), Map.of());

  public SwitchboardConfig {
    languages = Map.copyOf(languages);
  }

  public LanguageOptions options(String language) {
    return languages.getOrDefault(language, LanguageOptions.EMPTY);
  }

  /** Reads a config file; a {@link ConfigException} names what is wrong. */
  public static SwitchboardConfig read(Path file) {
    JsonNode root;
    try {
      Confined.check(file, "config");
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (ConfigException e) {
      throw e;
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read config: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return EMPTY;
    }
    if (!root.isObject()) {
      throw new ConfigException(file + ": the config must be a mapping with 'clientName' and 'languages'");
    }
    root.fieldNames().forEachRemaining(key -> {
      if (!TOP_LEVEL.contains(key)) {
        throw new ConfigException(file + ": /" + key + ": unknown setting (allowed: clientName, languages)");
      }
    });
    Optional<String> clientName = Optional.ofNullable(root.get("clientName")).map(JsonNode::asText);
    return new SwitchboardConfig(clientName, languages(file, root.get("languages")));
  }

  private static Map<String, LanguageOptions> languages(Path file, JsonNode node) {
    Map<String, LanguageOptions> result = new TreeMap<>();
    if (node == null) {
      return result;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> language = it.next();
      if (!language.getValue().isObject()) {
        throw new ConfigException(file + ": /languages/" + language.getKey() + ": must be a mapping of option to value");
      }
      Map<String, String> values = new TreeMap<>();
      language.getValue().fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
      result.put(language.getKey(), new LanguageOptions(values));
    }
    return result;
  }
}
