package dev.switchboard.core.release;

import dev.switchboard.core.diff.Change;
import dev.switchboard.core.diff.Impact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An SDK's {@code CHANGELOG.md}: one entry per release, newest first, the changes under Breaking
 * changes, Added and Fixed as this language's users meet them, each naming the symbol it touches
 * as this language spells it. Writing an entry for a version the
 * file already holds replaces that entry, so that running a release twice gives the same file.
 */
public final class Changelog {
  public static final String FILE = "CHANGELOG.md";
  static final String HEADER = "# Changelog\n\nEvery release of this SDK, newest first. Versions follow semantic versioning:"
      + " a breaking change bumps the major version (the minor one before 1.0.0), an addition the minor version,"
      + " anything else the patch.\n";

  private Changelog() {}

  /** The entry for {@code release}; {@code apiVersion} is the version the spec gives its API. */
  public static String entry(LanguageRelease release, String apiVersion) {
    StringBuilder out = new StringBuilder("## ").append(release.next()).append("\n\n");
    out.append("Generated from version ").append(inline(apiVersion)).append(" of the API; previous release ")
        .append(release.previous()).append(".\n");
    section(out, "Breaking changes", release.language(), release.changes(Impact.BREAKING));
    section(out, "Added", release.language(), release.changes(Impact.FEATURE));
    section(out, "Fixed", release.language(), release.changes(Impact.FIX));
    return out.toString();
  }

  private static void section(StringBuilder out, String title, String language, List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    out.append("\n### ").append(title).append("\n\n");
    for (Change change : changes) {
      out.append("- ").append(change.kind().text()).append(": ");
      change.symbol(language).ifPresent(symbol -> out.append(code(symbol)).append(", "));
      out.append(inline(change.subject())).append(" (").append(inline(change.detail())).append(") at ")
          .append(code(change.location())).append('\n');
    }
  }

  private static String code(String text) {
    return "`" + text.replace("`", "'").replaceAll("\\s+", " ") + "`";
  }

  /** Spec text on one line, with nothing a Markdown renderer would take as HTML. */
  private static String inline(String text) {
    return text.replaceAll("\\s+", " ").replace("<", "&lt;").strip();
  }

  /**
   * The changelog after adding {@code entry} for {@code version} to {@code existing}: the entry
   * goes first and replaces an entry of the same version. With no entry, the existing file is
   * kept as it is; with neither, there is no file.
   */
  public static Optional<String> merge(Optional<String> existing, Optional<Entry> entry) {
    if (entry.isEmpty()) {
      return existing;
    }
    List<String> kept = new ArrayList<>();
    existing.ifPresent(text -> entries(text).stream()
        .filter(e -> !e.startsWith("## " + entry.get().version() + "\n")).forEach(kept::add));
    StringBuilder out = new StringBuilder(HEADER).append('\n').append(entry.get().text());
    kept.forEach(e -> out.append('\n').append(e));
    return Optional.of(out.toString());
  }

  /** The entries of a changelog, each from its {@code ## } heading to the next, ending in one newline. */
  static List<String> entries(String text) {
    List<String> entries = new ArrayList<>();
    StringBuilder current = null;
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      if (line.startsWith("## ")) {
        add(entries, current);
        current = new StringBuilder();
      }
      if (current != null) {
        current.append(line).append('\n');
      }
    }
    add(entries, current);
    return entries;
  }

  private static void add(List<String> entries, StringBuilder entry) {
    if (entry != null) {
      entries.add(entry.toString().stripTrailing() + "\n");
    }
  }

  /** A changelog entry to write: its version and its Markdown. */
  public record Entry(SemVer version, String text) {
    public Entry {
      java.util.Objects.requireNonNull(version, "version == null");
      java.util.Objects.requireNonNull(text, "text == null");
    }
  }
}
