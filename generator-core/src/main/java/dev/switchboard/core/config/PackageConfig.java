package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code package:} section of switchboard.yaml: the SDK's base name, which every language
 * spells its own way ({@code acme-sdk} on npm and Maven, {@code acme_sdk} in Python) unless its own
 * options name it, and what every registry shows: the source repository's URL and the author.
 *
 * <pre>
 * package:
 *   name: acme-sdk
 *   repository: https://github.com/acme/acme-sdk
 *   author: Acme Inc.
 * </pre>
 */
public record PackageConfig(Optional<String> name, Optional<String> repository, Optional<String> author) {
  public static final PackageConfig NONE = new PackageConfig(Optional.empty(), Optional.empty(), Optional.empty());
  /** An https URL with nothing a TOML, JSON or XML string, or a shell, would read otherwise. */
  private static final Pattern REPOSITORY = Pattern.compile("https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%/+-]*)?");
  /** A name on one line, without quotes or markup. */
  private static final Pattern AUTHOR = Pattern.compile("[\\p{L}\\p{N} .,'()_-]{1,100}");

  public PackageConfig {
    java.util.Objects.requireNonNull(name, "name == null");
    java.util.Objects.requireNonNull(repository, "repository == null");
    java.util.Objects.requireNonNull(author, "author == null");
  }

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*([-_][a-z0-9]+)*");

  static PackageConfig read(String where, JsonNode node) {
    ConfigNodes nodes = new ConfigNodes(where);
    Optional<JsonNode> section = nodes.mapping(node, "package", Set.of("name", "repository", "author"), "{name: acme-sdk}");
    Optional<String> name = section.flatMap(s -> nodes.text(s, "name", "package", "acme-sdk"));
    Optional<String> repository = section.flatMap(s -> nodes.text(s, "repository", "package", "https://github.com/acme/acme-sdk"));
    Optional<String> author = section.flatMap(s -> nodes.text(s, "author", "package", "Acme Inc."));
    repository.filter(r -> !REPOSITORY.matcher(r).matches()).ifPresent(r -> {
      throw nodes.error("package.repository", "'" + r + "' is not a repository URL: an https URL of letters, digits"
          + " and . _ ~ % / + -, such as https://github.com/acme/acme-sdk");
    });
    author.filter(a -> !AUTHOR.matcher(a).matches()).ifPresent(a -> {
      throw nodes.error("package.author", "'" + a + "' is not an author name: up to 100 letters, digits, spaces"
          + " and . , ' ( ) _ -, such as Acme Inc.");
    });
    name.filter(n -> !NAME.matcher(n).matches()).ifPresent(n -> {
      throw nodes.error("package.name", "'" + n + "' is not a package base name: lowercase letters and digits in words"
          + " joined by '-' or '_', starting with a letter, such as acme-sdk");
    });
    return new PackageConfig(name, repository, author);
  }
}
