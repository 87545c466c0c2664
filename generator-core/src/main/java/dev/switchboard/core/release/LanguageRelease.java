package dev.switchboard.core.release;

import dev.switchboard.core.diff.Change;
import dev.switchboard.core.diff.Impact;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One SDK's release: the version last released, the next one, the most severe impact of the
 * changes on this language's users (empty when nothing changed) and the changes themselves.
 */
public record LanguageRelease(String language, SemVer previous, SemVer next, Optional<Impact> impact, List<Change> changes) {
  public LanguageRelease {
    Objects.requireNonNull(language, "language == null");
    Objects.requireNonNull(previous, "previous == null");
    Objects.requireNonNull(next, "next == null");
    Objects.requireNonNull(impact, "impact == null");
    changes = List.copyOf(changes);
  }

  /** The release of {@code language} after {@code changes}, from {@code previous}. */
  public static LanguageRelease of(String language, SemVer previous, List<Change> changes) {
    Optional<Impact> worst = changes.stream().map(c -> c.impact().get(language)).filter(Objects::nonNull)
        .max(Enum::compareTo);
    return new LanguageRelease(language, previous, previous.next(worst), worst, changes);
  }

  public boolean changed() {
    return impact.isPresent();
  }

  /** The changes whose impact on this language is {@code impact}, in report order. */
  public List<Change> changes(Impact impact) {
    return changes.stream().filter(c -> c.impact().get(language) == impact).toList();
  }
}
