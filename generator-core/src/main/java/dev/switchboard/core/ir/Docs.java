package dev.switchboard.core.ir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Human documentation attached to a declaration, kept verbatim; plugins escape it and print its HTML
 * in their doc format through {@code dev.switchboard.core.text}.
 */
public record Docs(
    Optional<String> summary,
    Optional<String> description,
    boolean deprecated,
    Optional<JsonNode> example) {

  public static final Docs NONE = new Docs(Optional.empty(), Optional.empty(), false, Optional.empty());

  public Docs {
    summary = summary.filter(s -> !s.isBlank());
    description = description.filter(s -> !s.isBlank());
  }

  public static Docs of(String summary, String description, boolean deprecated, JsonNode example) {
    return new Docs(
        Optional.ofNullable(summary), Optional.ofNullable(description), deprecated, Optional.ofNullable(example));
  }

  /** Summary, then description, separated by a blank line; empty when there is neither. */
  public Optional<String> text() {
    if (summary.isPresent() && description.isPresent() && !description.get().startsWith(summary.get())) {
      return Optional.of(summary.get() + "\n\n" + description.get());
    }
    return description.isPresent() ? description : summary;
  }
}
