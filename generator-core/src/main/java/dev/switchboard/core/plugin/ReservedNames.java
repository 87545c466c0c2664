package dev.switchboard.core.plugin;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.spec.JsonPointers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Warns about spec names that are reserved in a target language, once per name and kind, with
 * the first place it appears and how many others there are. The plugin's symbol provider does the
 * renaming; this only tells the spec's authors.
 */
public final class ReservedNames {
  private record Key(NameKind kind, String wire) {}

  private final LanguagePlugin plugin;
  private final Map<Key, String> firstPlace = new LinkedHashMap<>();
  private final Map<Key, Integer> places = new LinkedHashMap<>();

  private ReservedNames(LanguagePlugin plugin) {
    this.plugin = plugin;
  }

  public static void warn(Api api, LanguagePlugin plugin, Diagnostics diagnostics) {
    ReservedNames check = new ReservedNames(plugin);
    check.scan(api);
    check.report(plugin.id(), diagnostics);
  }

  private void scan(Api api) {
    for (TypeDecl type : api.types()) {
      check(NameKind.TYPE, type.name(), type.source());
      if (type instanceof TypeDecl.ObjectType object) {
        object.properties().forEach(p ->
            check(NameKind.PROPERTY, p.name(), JsonPointers.child(type.source() + "/properties", p.name().wire())));
      }
    }
    api.operations().forEach(this::scan);
  }

  private void scan(Operation operation) {
    check(NameKind.OPERATION, operation.localName(), operation.source());
    for (Parameter parameter : operation.parameters()) {
      check(NameKind.PARAMETER, parameter.name(), operation.source());
    }
  }

  private void check(NameKind kind, Name name, String pointer) {
    if (plugin.isReserved(kind, name)) {
      Key key = new Key(kind, name.wire());
      firstPlace.putIfAbsent(key, pointer);
      places.merge(key, 1, Integer::sum);
    }
  }

  private void report(String language, Diagnostics diagnostics) {
    firstPlace.forEach((key, pointer) -> {
      int others = places.get(key) - 1;
      diagnostics.warning("reserved-name", pointer,
          key.kind().name().toLowerCase(java.util.Locale.ROOT) + " name '" + key.wire() + "' is reserved in " + language + "; the " + language
              + " SDK renames it" + (others > 0 ? " (here and in " + others + " more places)" : ""),
          "see the " + language + " plugin's naming rules");
    });
  }
}
