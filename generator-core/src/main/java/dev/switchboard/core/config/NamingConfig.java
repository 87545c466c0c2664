package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.plugin.OptionSet;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code naming:} section of switchboard.yaml: how methods are named when their name is
 * inferred from the path, and names chosen for single operations and resources.
 *
 * <pre>
 * naming:
 *   methods: auto            # auto | operation-ids | paths
 *   verbs: {retrieve: fetch}
 *   resources: {Api20100401Account: accounts}
 *   operations:
 *     GetCustomersSearch: {resource: customers, method: search}
 * </pre>
 */
public record NamingConfig(Style methods, Map<Verb, String> verbs, Map<String, String> resources,
    Map<String, OperationName> operations) {
  public static final NamingConfig DEFAULT = new NamingConfig(Style.AUTO, Map.of(), Map.of(), Map.of());

  /** Where method names come from. */
  public enum Style {
    /** From operationIds, unless most of them only repeat the HTTP method and the path. */
    AUTO,
    /** Always from operationIds (operations without one are named from their path). */
    OPERATION_IDS,
    /** Always from the HTTP method and the path. */
    PATHS
  }

  /** The five verbs inferred from the HTTP method and the path's shape. */
  public enum Verb {
    LIST, CREATE, RETRIEVE, UPDATE, DELETE;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A resource and method name for one operation; either may be left out. */
  public record OperationName(Optional<String> resource, Optional<String> method) {
    public OperationName {
      Objects.requireNonNull(resource, "resource == null");
      Objects.requireNonNull(method, "method == null");
    }
  }

  public NamingConfig {
    Objects.requireNonNull(methods, "methods == null");
    Map<Verb, String> verbCopy = new EnumMap<>(Verb.class);
    verbCopy.putAll(verbs);
    verbs = Collections.unmodifiableMap(verbCopy);
    resources = Collections.unmodifiableMap(new TreeMap<>(resources));
    operations = Collections.unmodifiableMap(new TreeMap<>(operations));
  }

  /** The word(s) used for {@code verb}: the configured one, else the verb's own name. */
  public String verb(Verb verb) {
    return verbs.getOrDefault(verb, verb.key());
  }

  /** Reads the {@code naming} section; {@code null} gives the defaults. */
  static NamingConfig read(Path file, JsonNode node) {
    if (node == null || node.isNull()) {
      return DEFAULT;
    }
    requireMapping(file, "naming", node);
    Style style = Style.AUTO;
    Map<Verb, String> verbs = new EnumMap<>(Verb.class);
    Map<String, String> resources = new TreeMap<>();
    Map<String, OperationName> operations = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String where = "naming." + entry.getKey();
      JsonNode value = entry.getValue();
      switch (entry.getKey()) {
        case "methods" -> style = style(file, where, value);
        case "verbs" -> readVerbs(file, where, value, verbs);
        case "resources" -> texts(file, where, value).forEach(resources::put);
        case "operations" -> readOperations(file, where, value, operations);
        default -> throw new ConfigException(file + ": " + where + ": unknown setting (allowed: methods, verbs, resources, operations)");
      }
    }
    return new NamingConfig(style, verbs, resources, operations);
  }

  private static Style style(Path file, String where, JsonNode value) {
    String text = text(file, where, value);
    return switch (text) {
      case "auto" -> Style.AUTO;
      case "operation-ids" -> Style.OPERATION_IDS;
      case "paths" -> Style.PATHS;
      default -> throw new ConfigException(file + ": " + where + ": expected auto, operation-ids or paths, got '" + text + "'");
    };
  }

  private static void readVerbs(Path file, String where, JsonNode value, Map<Verb, String> verbs) {
    texts(file, where, value).forEach((key, word) -> {
      Verb verb = java.util.Arrays.stream(Verb.values()).filter(v -> v.key().equals(key)).findFirst()
          .orElseThrow(() -> new ConfigException(file + ": " + where + "." + key
              + ": unknown verb (allowed: list, create, retrieve, update, delete)"));
      verbs.put(verb, word);
    });
  }

  private static void readOperations(Path file, String where, JsonNode value, Map<String, OperationName> operations) {
    requireMapping(file, where, value);
    value.fields().forEachRemaining(entry -> {
      String at = where + "." + entry.getKey();
      JsonNode names = entry.getValue();
      requireMapping(file, at, names);
      names.fieldNames().forEachRemaining(key -> {
        if (!key.equals("resource") && !key.equals("method")) {
          throw new ConfigException(file + ": " + at + "." + key + ": unknown setting (allowed: resource, method)");
        }
      });
      operations.put(entry.getKey(), new OperationName(optionalText(file, at + ".resource", names.get("resource")),
          optionalText(file, at + ".method", names.get("method"))));
    });
  }

  private static Map<String, String> texts(Path file, String where, JsonNode value) {
    requireMapping(file, where, value);
    Map<String, String> result = new TreeMap<>();
    value.fields().forEachRemaining(entry -> result.put(entry.getKey(), text(file, where + "." + entry.getKey(), entry.getValue())));
    return result;
  }

  private static Optional<String> optionalText(Path file, String where, JsonNode value) {
    return value == null || value.isNull() ? Optional.empty() : Optional.of(text(file, where, value));
  }

  private static String text(Path file, String where, JsonNode value) {
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw new ConfigException(file + ": " + where + ": expected a name such as 'list', got "
          + (value == null ? "nothing" : OptionSet.kind(value)));
    }
    return value.textValue();
  }

  static void requireMapping(Path file, String where, JsonNode value) {
    if (!value.isObject()) {
      throw new ConfigException(file + ": " + where + ": expected a mapping, got " + OptionSet.kind(value));
    }
  }
}
