package dev.switchboard.core.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.config.ConfigException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings a plugin accepts. Reads one language's section of switchboard.yaml once: an
 * unknown key, a value that is not text or a value an option's rule refuses is a usage error that
 * names the file, the key path ({@code languages.python.packageName}), what is wrong and what
 * would be valid.
 */
public final class OptionSet {
  public static final OptionSet NONE = new OptionSet(List.of());

  private final Map<String, Option> options = new LinkedHashMap<>();

  private OptionSet(List<Option> options) {
    options.forEach(option -> {
      if (this.options.put(option.key(), option) != null) {
        throw new IllegalArgumentException("option declared twice: " + option.key());
      }
    });
  }

  public static OptionSet of(Option... options) {
    return new OptionSet(Arrays.asList(options));
  }

  /** These options and {@code more} after them. */
  public OptionSet with(Option... more) {
    List<Option> all = new java.util.ArrayList<>(options.values());
    all.addAll(Arrays.asList(more));
    return new OptionSet(all);
  }

  /** The options in the order declared, for documentation and error messages. */
  public List<Option> options() {
    return List.copyOf(options.values());
  }

  /**
   * Checks a language's raw settings; {@code where} names the file in messages.
   *
   * @throws ConfigException for an unknown key, a wrong type or an invalid value
   */
  public LanguageOptions read(String where, String language, Map<String, JsonNode> raw) {
    Map<String, String> values = new TreeMap<>();
    raw.forEach((key, node) -> {
      String path = "languages." + language + "." + key;
      Option option = options.get(key);
      if (option == null) {
        throw new ConfigException(where + ": " + path + ": unknown option; " + language + " accepts "
            + (options.isEmpty() ? "no options" : String.join(", ", options.keySet())));
      }
      if (!node.isTextual()) {
        throw new ConfigException(where + ": " + path + ": expected text, got " + kind(node)
            + (node.isValueNode() && !node.isNull() ? " (quote it: " + key + ": \"" + node.asText() + "\")" : ""));
      }
      String value = node.textValue();
      if (!option.accepts(value)) {
        throw new ConfigException(where + ": " + path + ": '" + value + "' is not valid; expected " + option.expected());
      }
      values.put(key, value);
    });
    return new LanguageOptions(values);
  }

  /**
   * True when {@code values} leave out an option that names a package, so the language names that
   * package after the plan's package name.
   */
  public boolean usesPackageName(LanguageOptions values) {
    return options.values().stream().anyMatch(o -> o.namesPackage() && values.get(o.key()).isEmpty());
  }

  /**
   * Checks a value a plugin derived itself (a default), with the same rule as a configured one.
   *
   * @throws IllegalArgumentException when the rule refuses it
   */
  public String require(String key, String value) {
    Option option = options.get(key);
    if (option == null) {
      throw new IllegalArgumentException("no option " + key);
    }
    if (!option.accepts(value)) {
      throw new IllegalArgumentException(key + " '" + value + "' is not valid; expected " + option.expected());
    }
    return value;
  }

  /** "a mapping", "a number" and so on, for messages about a value of the wrong type. */
  public static String kind(JsonNode node) {
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return node.isNull() ? "nothing (null)" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
