package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.plugin.OptionSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@code specs:} and {@code mounts:} sections of switchboard.yaml: which spec files of the
 * config's folder make one SDK together, and where a spec's API sits in the client when the mount
 * derived from its server and paths is not the one wanted.
 *
 * <pre>
 * specs: ["twilio_*.json"]          # file name patterns in the config's folder
 * mounts:
 *   twilio_verify_v3.json: verify/v3 # client.verify.v3
 * shortcuts: api/v2010               # client.messages is client.api.v2010.messages
 * </pre>
 */
public record SpecsConfig(List<String> patterns, Map<String, List<String>> mounts, Optional<String> shortcuts) {
  public static final SpecsConfig NONE = new SpecsConfig(List.of(), Map.of(), Optional.empty());
  /** A file name pattern of the config's own folder: no folder separators, so it cannot lead out. */
  private static final Pattern FILE_PATTERN = Pattern.compile("[A-Za-z0-9._*?\\[\\]-]{1,200}");
  /** A mount segment: a word a client member can be spelled from in every language. */
  private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9]*([_-][a-z0-9]+)*");

  public SpecsConfig {
    patterns = List.copyOf(patterns);
    Map<String, List<String>> copy = new TreeMap<>();
    mounts.forEach((file, path) -> copy.put(file, List.copyOf(path)));
    mounts = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(shortcuts, "shortcuts == null");
  }

  static SpecsConfig read(String where, JsonNode root) {
    JsonNode shortcuts = root.get("shortcuts");
    return new SpecsConfig(patterns(where, root.get("specs")), mounts(where, root.get("mounts")),
        shortcuts == null || shortcuts.isNull() ? Optional.empty()
            : Optional.of(String.join("/", mount(where, "shortcuts", shortcuts))));
  }

  private static List<String> patterns(String where, JsonNode node) {
    List<String> patterns = new ArrayList<>();
    if (node == null || node.isNull()) {
      return patterns;
    }
    if (!node.isArray()) {
      throw new ConfigException(where + ": specs: expected a list of file name patterns such as [\"twilio_*.json\"], got "
          + OptionSet.kind(node));
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode entry = node.get(i);
      if (!entry.isTextual() || !FILE_PATTERN.matcher(entry.textValue()).matches()) {
        throw new ConfigException(where + ": specs[" + i + "]: expected a file name pattern of the config's folder such as"
            + " \"twilio_*.json\" (letters, digits, . _ - * ? [ ]; no folders), got "
            + (entry.isTextual() ? "'" + entry.textValue() + "'" : OptionSet.kind(entry)));
      }
      patterns.add(entry.textValue());
    }
    return patterns;
  }

  private static Map<String, List<String>> mounts(String where, JsonNode node) {
    Map<String, List<String>> mounts = new TreeMap<>();
    if (node == null || node.isNull()) {
      return mounts;
    }
    if (!node.isObject()) {
      throw new ConfigException(where + ": mounts: expected a mapping of spec file to mount such as"
          + " {twilio_verify_v3.json: verify/v3}, got " + OptionSet.kind(node));
    }
    node.fields().forEachRemaining(e -> mounts.put(e.getKey(), mount(where, "mounts." + e.getKey(), e.getValue())));
    return mounts;
  }

  private static List<String> mount(String where, String setting, JsonNode value) {
    String text = value.isTextual() ? value.textValue() : "";
    List<String> segments = List.of(text.split("/", -1));
    if (segments.size() > 2 || !segments.stream().allMatch(s -> SEGMENT.matcher(s).matches())) {
      throw new ConfigException(where + ": " + setting + ": expected a domain and an optional version such as"
          + " 'verify/v3' (lowercase words joined by '-' or '_'), got "
          + (value.isTextual() ? "'" + text + "'" : OptionSet.kind(value)));
    }
    return segments;
  }
}
