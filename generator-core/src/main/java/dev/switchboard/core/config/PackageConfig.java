package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code package:} section of switchboard.yaml: the SDK's base name, which every language
 * spells its own way ({@code acme-sdk} on npm and Maven, {@code acme_sdk} in Python) unless its own
 * options name it.
 *
 * <pre>
 * package:
 *   name: acme-sdk
 * </pre>
 */
public record PackageConfig(Optional<String> name) {
  public static final PackageConfig NONE = new PackageConfig(Optional.empty());

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*([-_][a-z0-9]+)*");

  static PackageConfig read(String where, JsonNode node) {
    ConfigNodes nodes = new ConfigNodes(where);
    Optional<JsonNode> section = nodes.mapping(node, "package", Set.of("name"), "{name: acme-sdk}");
    Optional<String> name = section.flatMap(s -> nodes.text(s, "name", "package", "acme-sdk"));
    name.filter(n -> !NAME.matcher(n).matches()).ifPresent(n -> {
      throw nodes.error("package.name", "'" + n + "' is not a package base name: lowercase letters and digits in words"
          + " joined by '-' or '_', starting with a letter, such as acme-sdk");
    });
    return new PackageConfig(name);
  }
}
