package dev.switchboard.core.diff;

import java.util.Map;
import java.util.Objects;

/**
 * How one language's SDK meets each kind of change, where that differs from {@link
 * ChangeKind#impact()}: Python passes path parameters by position, so reordering them breaks
 * calls; TypeScript takes an enum's values as a union of strings, so a plain string still accepts
 * them. Each plugin declares its own.
 */
public record Compatibility(Map<ChangeKind, Impact> exceptions) {
  public static final Compatibility DEFAULT = new Compatibility(Map.of());

  public Compatibility {
    exceptions = Map.copyOf(exceptions);
  }

  public Impact impactOf(ChangeKind kind) {
    Objects.requireNonNull(kind, "kind == null");
    return exceptions.getOrDefault(kind, kind.impact());
  }
}
