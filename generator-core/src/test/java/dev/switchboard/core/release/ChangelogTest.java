package dev.switchboard.core.release;

import static com.google.common.truth.Truth.assertThat;

import dev.switchboard.core.diff.Change;
import dev.switchboard.core.diff.ChangeKind;
import dev.switchboard.core.diff.Impact;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangelogTest {
  private static final Change REMOVED = new Change(ChangeKind.INPUT_REMOVED, "/paths/~1pets/get", "operation listPets input kind",
      "query", Map.of("python", Impact.BREAKING, "typescript", Impact.BREAKING));
  private static final Change REORDERED = new Change(ChangeKind.PATH_PARAMETERS_REORDERED, "/paths/~1a~1{x}~1{y}/get",
      "operation getA", "x, y -> y, x", Map.of("python", Impact.BREAKING, "typescript", Impact.FIX));
  private static final Change DOCS = new Change(ChangeKind.DOCS_CHANGED, "/paths/~1pets/get", "operation <b>listPets</b>",
      "summary\nor description", Map.of("python", Impact.FIX, "typescript", Impact.FIX));

  private static Changelog.Entry entry(String language, String from, List<Change> changes) {
    LanguageRelease release = LanguageRelease.of(language, SemVer.parse("v", from), changes);
    return new Changelog.Entry(release.next(), Changelog.entry(release, "2.5.0"));
  }

  @Test
  void eachLanguageFilesAChangeUnderItsOwnImpact() {
    String python = entry("python", "1.0.0", List.of(REMOVED, REORDERED)).text();
    String typescript = entry("typescript", "1.0.0", List.of(REMOVED, REORDERED)).text();
    assertThat(python).startsWith("## 2.0.0\n\nGenerated from version 2.5.0 of the API; previous release 1.0.0.\n");
    assertThat(python).contains("### Breaking changes\n\n- input removed: operation listPets input kind (query) at `/paths/~1pets/get`\n"
        + "- path parameters reordered: operation getA (x, y -> y, x)");
    assertThat(python).doesNotContain("### Fixed");
    assertThat(typescript).contains("### Fixed\n\n- path parameters reordered: operation getA");
  }

  @Test
  void aDescriptionOnlyChangeIsAPatchWithNoBreakingSectionAndNoMarkup() {
    Changelog.Entry entry = entry("python", "1.2.3", List.of(DOCS));
    assertThat(entry.version().toString()).isEqualTo("1.2.4");
    assertThat(entry.text()).doesNotContain("Breaking");
    assertThat(entry.text()).contains("- description changed: operation &lt;b>listPets&lt;/b> (summary or description)");
  }

  @Test
  void mergingPutsTheEntryFirstKeepsOlderOnesAndIsIdempotent() {
    Changelog.Entry first = entry("python", "1.0.0", List.of(DOCS));
    String once = Changelog.merge(Optional.empty(), Optional.of(first)).orElseThrow();
    Changelog.Entry second = entry("python", "1.0.1", List.of(REMOVED));
    String twice = Changelog.merge(Optional.of(once), Optional.of(second)).orElseThrow();
    assertThat(twice).startsWith(Changelog.HEADER + "\n## 2.0.0\n");
    assertThat(twice).contains("\n## 1.0.1\n");
    assertThat(twice.indexOf("## 2.0.0")).isLessThan(twice.indexOf("## 1.0.1"));
    assertThat(Changelog.merge(Optional.of(twice), Optional.of(second))).hasValue(twice);
    assertThat(Changelog.merge(Optional.of(twice), Optional.empty())).hasValue(twice);
    assertThat(Changelog.merge(Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void entriesSplitAtSecondLevelHeadingsOnly() {
    List<String> entries = Changelog.entries("# Changelog\n\nintro\n\n## 1.1.0\n\n### Added\n\n- a\n\n## 1.0.0\n\nfirst\n");
    assertThat(entries).containsExactly("## 1.1.0\n\n### Added\n\n- a\n", "## 1.0.0\n\nfirst\n").inOrder();
  }
}
