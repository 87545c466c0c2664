package dev.switchboard.core.plugin;

import dev.switchboard.core.diagnostics.Diagnostics;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells a spec's authors which of their names a language's SDK spells otherwise, from the
 * {@link SymbolRename} records only: one warning per kind, name and new spelling (enum values read as 'enum_value'), at the first
 * place it happened, counting the others.
 */
public final class RenameWarnings {
  private RenameWarnings() {}

  private record Key(NameKind kind, String source, String given, SymbolRename.Reason reason) {}

  public static void report(String language, List<SymbolRename> renames, Diagnostics diagnostics) {
    Map<Key, SymbolRename> first = new LinkedHashMap<>();
    Map<Key, Integer> count = new LinkedHashMap<>();
    // A name printed twice (a method and its README example) is one rename.
    for (SymbolRename rename : new LinkedHashSet<>(renames)) {
      Key key = new Key(rename.kind(), rename.source(), rename.given(), rename.reason());
      first.putIfAbsent(key, rename);
      count.merge(key, 1, Integer::sum);
    }
    first.forEach((key, rename) -> {
      int others = count.get(key) - 1;
      String kind = key.kind().name().toLowerCase(Locale.ROOT) + " name '" + rename.source() + "'";
      String why = key.reason() == SymbolRename.Reason.RESERVED
          ? kind + " is reserved in " + language + "; the " + language + " SDK renames it"
          : kind + " clashes with another name in " + language + "; the " + language + " SDK renames it";
      diagnostics.warning(key.reason() == SymbolRename.Reason.RESERVED ? "reserved-name" : "renamed-name",
          rename.pointer(), why + " '" + rename.given() + "'" + (others > 0 ? " (here and in " + others + " more places)" : ""),
          "see the " + language + " plugin's naming rules");
    });
  }
}
