package dev.switchboard.core.diff;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One change between two versions of an API: its kind, where it is ({@code location}, a JSON
 * pointer into the new spec, or into the old one for what was removed), what it concerns ({@code
 * subject}, such as {@code operation CreateMessage input To}), a sentence of detail, and its impact
 * per language id.
 */
@JsonPropertyOrder({"kind", "location", "subject", "detail", "impact"})
public record Change(ChangeKind kind, String location, String subject, String detail, Map<String, Impact> impact) {
  public Change {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(subject, "subject == null");
    Objects.requireNonNull(detail, "detail == null");
    impact = java.util.Collections.unmodifiableMap(new TreeMap<>(impact));
  }

  /** The most severe impact of this change in any language. */
  public Impact worst() {
    return impact.values().stream().max(Enum::compareTo).orElse(kind.impact());
  }
}
