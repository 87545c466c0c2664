package dev.switchboard.core.diff;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One change between two versions of an API: its kind, where it is ({@code location}, a JSON
 * pointer into the new spec, or into the old one for what was removed), what it concerns ({@code
 * subject}, such as {@code operation CreateMessage input To}), the SDK symbol it touches as each
 * language spells it ({@code messages.create.to}), a sentence of detail, and its impact per language id.
 */
@JsonPropertyOrder({"kind", "location", "subject", "symbols", "detail", "impact"})
public record Change(ChangeKind kind, String location, String subject, Map<String, String> symbols, String detail,
    Map<String, Impact> impact) {
  public Change {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(subject, "subject == null");
    symbols = java.util.Collections.unmodifiableMap(new TreeMap<>(symbols));
    Objects.requireNonNull(detail, "detail == null");
    impact = java.util.Collections.unmodifiableMap(new TreeMap<>(impact));
  }

  /** A change that names no SDK symbol. */
  public Change(ChangeKind kind, String location, String subject, String detail, Map<String, Impact> impact) {
    this(kind, location, subject, Map.of(), detail, impact);
  }

  /** The symbol this change touches as {@code language} spells it, when known. */
  public java.util.Optional<String> symbol(String language) {
    return java.util.Optional.ofNullable(symbols.get(language));
  }

  /** The most severe impact of this change in any language. */
  public Impact worst() {
    return impact.values().stream().max(Enum::compareTo).orElse(kind.impact());
  }
}
