package dev.switchboard.core.output;

import java.util.List;

/** What writing a file set changed (or, in check mode, would change). */
public record WriteReport(List<String> created, List<String> updated, List<String> deleted, int unchanged) {
  public WriteReport {
    created = List.copyOf(created);
    updated = List.copyOf(updated);
    deleted = List.copyOf(deleted);
  }

  public boolean changed() {
    return !created.isEmpty() || !updated.isEmpty() || !deleted.isEmpty();
  }
}
