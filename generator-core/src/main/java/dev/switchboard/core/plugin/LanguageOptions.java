package dev.switchboard.core.plugin;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Per-language settings from switchboard.yaml, such as {@code packageName} and {@code version}. */
public record LanguageOptions(Map<String, String> values) {
  public static final LanguageOptions EMPTY = new LanguageOptions(Map.of());
  /** The option every plugin takes for its package's version; a release sets it. */
  public static final String VERSION = "version";
  /** The version of a package whose options name none. */
  public static final String DEFAULT_VERSION = "0.1.0";

  public LanguageOptions {
    values = Map.copyOf(new TreeMap<>(values));
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public String get(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  /** These options with {@code key} set to {@code value}. */
  public LanguageOptions with(String key, String value) {
    Map<String, String> changed = new TreeMap<>(values);
    changed.put(key, value);
    return new LanguageOptions(changed);
  }

  /** The package version these options give. */
  public String version() {
    return get(VERSION, DEFAULT_VERSION);
  }
}
