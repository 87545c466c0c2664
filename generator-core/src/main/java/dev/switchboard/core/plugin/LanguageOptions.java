package dev.switchboard.core.plugin;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Per-language settings from switchboard.yaml, such as {@code packageName} and {@code version}. */
public record LanguageOptions(Map<String, String> values) {
  public static final LanguageOptions EMPTY = new LanguageOptions(Map.of());

  public LanguageOptions {
    values = Map.copyOf(new TreeMap<>(values));
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public String get(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }
}
