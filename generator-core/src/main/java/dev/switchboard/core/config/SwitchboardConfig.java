package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.switchboard.core.plugin.LanguageOptions;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.OptionSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code switchboard.yaml}: an optional {@code clientName}, {@code auth} ({@link AuthConfig}),
 * {@code package} ({@link PackageConfig}) and per-language options. The options of
 * a language are kept as written until its plugin reads them ({@link #options(LanguagePlugin)}),
 * which checks them against the options the plugin declares.
 *
 * <pre>
 * clientName: KitchenSink
 * languages:
 *   python: {packageName: kitchen_sink, version: 1.2.0}
 * naming: {verbs: {retrieve: fetch}}      # NamingConfig
 * pagination: {GetEvents: none}           # PaginationConfig
 * overlays: [overlays/names.yaml]         # OverlayConfig
 * headers: {Stripe-Version: "2024-06-20"} # HeadersConfig
 * idempotency: {header: Idempotency-Key, methods: [POST]}
 * errors: {code: error.code, message: error.message}
 * webhooks: {scheme: hmac, header: X-Hub-Signature-256}             # WebhooksConfig
 * regions: {hosts: [api.twilio.com], rewrite: "api.{edge}.{region}.twilio.com"}  # RegionsConfig
 * defaults: {AccountSid: auth.username}  # DefaultsConfig
 * logging: {redact-headers: [X-Session-Token]}  # LoggingConfig
 * </pre>
 */
public record SwitchboardConfig(Optional<Path> file, Optional<String> clientName, Map<String, Map<String, JsonNode>> languages,
    NamingConfig naming, PaginationConfig pagination, OverlayConfig overlays, AuthConfig auth, PackageConfig packageName,
    HeadersConfig headers, IdempotencyConfig idempotency, ErrorsConfig errors, WebhooksConfig webhooks, RegionsConfig regions,
    DefaultsConfig defaults, LoggingConfig logging, SpecsConfig specs) {
  private static final Set<String> TOP_LEVEL = Set.of("clientName", "languages", "naming", "pagination", "overlays", "auth",
      "package", "headers", "idempotency", "errors", "webhooks", "regions", "defaults", "logging", "specs", "mounts", "shortcuts");

  public static final SwitchboardConfig EMPTY = new SwitchboardConfig(Optional.empty(), Optional.empty(), Map.of());

  /** A config with only a client name and language options. */
  public SwitchboardConfig(Optional<Path> file, Optional<String> clientName, Map<String, Map<String, JsonNode>> languages) {
    this(file, clientName, languages, NamingConfig.DEFAULT, PaginationConfig.NONE, OverlayConfig.NONE, AuthConfig.NONE,
        PackageConfig.NONE, HeadersConfig.NONE, IdempotencyConfig.NONE, ErrorsConfig.NONE, WebhooksConfig.NONE,
        RegionsConfig.NONE, DefaultsConfig.NONE, LoggingConfig.NONE, SpecsConfig.NONE);
  }

  public SwitchboardConfig {
    java.util.Objects.requireNonNull(auth, "auth == null");
    java.util.Objects.requireNonNull(packageName, "packageName == null");
    java.util.Objects.requireNonNull(headers, "headers == null");
    java.util.Objects.requireNonNull(idempotency, "idempotency == null");
    java.util.Objects.requireNonNull(errors, "errors == null");
    java.util.Objects.requireNonNull(webhooks, "webhooks == null");
    java.util.Objects.requireNonNull(regions, "regions == null");
    java.util.Objects.requireNonNull(defaults, "defaults == null");
    java.util.Objects.requireNonNull(logging, "logging == null");
    java.util.Objects.requireNonNull(specs, "specs == null");
    // Sorted, so that the first problem reported is the same on every run.
    Map<String, Map<String, JsonNode>> copy = new TreeMap<>();
    languages.forEach((language, options) -> copy.put(language, Collections.unmodifiableMap(new TreeMap<>(options))));
    languages = Collections.unmodifiableMap(copy);
    java.util.Objects.requireNonNull(naming, "naming == null");
    java.util.Objects.requireNonNull(pagination, "pagination == null");
    java.util.Objects.requireNonNull(overlays, "overlays == null");
    java.util.Objects.requireNonNull(auth, "auth == null");
    java.util.Objects.requireNonNull(packageName, "packageName == null");
  }

  /** The same config with {@code more} overlays applied after its own. */
  public SwitchboardConfig withOverlays(java.util.List<Path> more) {
    return more.isEmpty() ? this : new SwitchboardConfig(file, clientName, languages, naming, pagination, overlays.plus(more), auth,
        packageName, headers, idempotency, errors, webhooks, regions, defaults, logging, specs);
  }

  /** The same config naming the client {@code name}: the specs of one SDK share its name, package and variables. */
  public SwitchboardConfig withClientName(String name) {
    return new SwitchboardConfig(file, Optional.of(name), languages, naming, pagination, overlays, auth, packageName, headers,
        idempotency, errors, webhooks, regions, defaults, logging, specs);
  }

  /** The plugin's options, checked against what it declares. */
  public LanguageOptions options(LanguagePlugin plugin) {
    Map<String, JsonNode> raw = languages.getOrDefault(plugin.id(), Map.of());
    OptionSet declared = LanguagePlugin.accepted(plugin);
    return declared.read(where(), plugin.id(), raw);
  }

  /** Refuses a {@code languages} entry that names no installed plugin. */
  public void requireKnownLanguages(Collection<String> installed) {
    for (String language : languages.keySet()) {
      if (!installed.contains(language)) {
        throw new ConfigException(where() + ": languages." + language + ": unknown language (available: "
            + String.join(", ", new TreeSet<>(installed)) + ")");
      }
    }
  }

  private String where() {
    return file.map(Path::toString).orElse("config");
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
      return new SwitchboardConfig(Optional.of(file), Optional.empty(), Map.of());
    }
    if (!root.isObject()) {
      throw new ConfigException(file + ": the config must be a mapping with 'clientName' and 'languages', got " + OptionSet.kind(root));
    }
    root.fieldNames().forEachRemaining(key -> {
      if (!TOP_LEVEL.contains(key)) {
        throw new ConfigException(file + ": " + key + ": unknown setting (allowed: "
            + String.join(", ", new TreeSet<>(TOP_LEVEL)) + ")");
      }
    });
    JsonNode clientName = root.get("clientName");
    if (clientName != null && !clientName.isTextual()) {
      throw new ConfigException(file + ": clientName: expected text such as 'Acme', got " + OptionSet.kind(clientName));
    }
    return new SwitchboardConfig(Optional.of(file), Optional.ofNullable(clientName).map(JsonNode::textValue),
        languages(file, root.get("languages")), NamingConfig.read(file, root.get("naming")),
        PaginationConfig.read(file, root.get("pagination")), OverlayConfig.read(file, root.get("overlays")),
        AuthConfig.read(file.toString(), root.get("auth")), PackageConfig.read(file.toString(), root.get("package")),
        HeadersConfig.read(file, root.get("headers")), IdempotencyConfig.read(file, root.get("idempotency")),
        ErrorsConfig.read(file, root.get("errors")), WebhooksConfig.read(file, root.get("webhooks")),
        RegionsConfig.read(file, root.get("regions")), DefaultsConfig.read(file, root.get("defaults")),
        LoggingConfig.read(file, root.get("logging")), SpecsConfig.read(file.toString(), root));
  }

  private static Map<String, Map<String, JsonNode>> languages(Path file, JsonNode node) {
    Map<String, Map<String, JsonNode>> result = new TreeMap<>();
    if (node == null || node.isNull()) {
      return result;
    }
    if (!node.isObject()) {
      throw new ConfigException(file + ": languages: expected a mapping of language to options, got " + OptionSet.kind(node));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> language = it.next();
      JsonNode options = language.getValue();
      if (options.isNull()) {
        result.put(language.getKey(), Map.of());
        continue;
      }
      if (!options.isObject()) {
        throw new ConfigException(file + ": languages." + language.getKey() + ": expected a mapping of option to value, got "
            + OptionSet.kind(options));
      }
      Map<String, JsonNode> values = new LinkedHashMap<>();
      options.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
      result.put(language.getKey(), values);
    }
    return result;
  }
}
