package dev.switchboard.core.diff;

import dev.switchboard.core.output.FileSet;
import dev.switchboard.core.output.KeptFile;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The names an SDK gave the spec's names: for each kind of name, JSON pointer and name as written,
 * the identifiers this language's SDK uses. Each generated SDK records its surface in {@value #FILE},
 * so that a later generation finds the identifiers that changed with the spec unchanged: a new
 * generator version's naming, or a clash numbered another way.
 */
public record Surface(SortedMap<String, String> identifiers) {
  public static final String FILE = ".switchboard-surface";
  private static final String HEADER = "# Identifiers this SDK gives the spec's names: kind, JSON pointer, name, identifiers."
      + " Written by Switchboard; compared by the next release.\n";

  public Surface {
    identifiers = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(identifiers));
  }

  /** The surface of an SDK whose names were claimed in {@code table}. */
  public static Surface of(SymbolTable table) {
    SortedMap<String, TreeSet<String>> all = new TreeMap<>();
    for (SymbolTable.Claim claim : table.claims()) {
      String key = claim.kind() + "\t" + escape(claim.source().pointer()) + "\t" + escape(claim.source().name());
      all.computeIfAbsent(key, k -> new TreeSet<>()).add(escape(claim.identifier()));
    }
    SortedMap<String, String> identifiers = new TreeMap<>();
    all.forEach((key, names) -> identifiers.put(key, String.join(" ", names)));
    return new Surface(identifiers);
  }

  /**
   * This surface as one mount of an SDK made of several specs: each JSON pointer is prefixed with
   * the mount's path ({@code api/v2010#/paths/...}), so that equal pointers of two specs stay apart.
   */
  public Surface under(String mount) {
    SortedMap<String, String> moved = new TreeMap<>();
    identifiers.forEach((key, names) -> {
      int tab = key.indexOf('\t');
      moved.put(key.substring(0, tab + 1) + escape(mount) + "#" + key.substring(tab + 1), names);
    });
    return new Surface(moved);
  }

  /** The identifiers of this surface and {@code other}'s. */
  public Surface plus(Surface other) {
    SortedMap<String, String> all = new TreeMap<>(identifiers);
    all.putAll(other.identifiers);
    return new Surface(all);
  }

  public String text() {
    StringBuilder out = new StringBuilder(HEADER);
    identifiers.forEach((key, names) -> out.append(key).append('\t').append(names).append('\n'));
    return out.toString();
  }

  /**
   * The surface recorded by the SDK generated before in {@code output/<language>}, if there is one;
   * read under the writer's rules ({@link KeptFile}).
   */
  public static Optional<Surface> recorded(Path output, String language) throws IOException {
    return KeptFile.read(output, language, FILE).map(Surface::parse);
  }

  /** The identifiers of a generated SDK's {@code files} that changed since {@code old}, as changes of {@code language}. */
  public static List<Change> renamedSince(FileSet files, Surface old, String language) {
    return parse(files.text(FILE)).renamedSince(old, language);
  }

  /** Reads a recorded surface; lines it cannot read are skipped, since the file is not trusted. */
  public static Surface parse(String text) {
    SortedMap<String, String> identifiers = new TreeMap<>();
    for (String line : text.split("\n")) {
      String[] fields = line.split("\t", -1);
      if (fields.length == 4 && !line.startsWith("#") && kind(fields[0]).isPresent()) {
        identifiers.put(fields[0] + "\t" + fields[1] + "\t" + fields[2], fields[3]);
      }
    }
    return new Surface(identifiers);
  }

  /**
   * The names both surfaces have whose identifiers differ, as changes of {@code language} alone:
   * code that used the old identifier no longer compiles or runs.
   */
  public List<Change> renamedSince(Surface old, String language) {
    Objects.requireNonNull(language, "language == null");
    List<Change> changes = new ArrayList<>();
    identifiers.forEach((key, now) -> {
      String was = old.identifiers.get(key);
      if (was != null && !was.equals(now)) {
        String[] fields = key.split("\t", -1);
        String kind = fields[0].toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        changes.add(new Change(ChangeKind.IDENTIFIER_CHANGED, fields[1], kind + " " + fields[2], Map.of(language, now),
            was + " -> " + now, Map.of(language, ChangeKind.IDENTIFIER_CHANGED.impact())));
      }
    });
    return changes;
  }

  private static Optional<NameKind> kind(String text) {
    for (NameKind kind : NameKind.values()) {
      if (kind.name().equals(text)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** One line per name: backslashes, tabs, newlines and other control characters in spec text are escaped. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
