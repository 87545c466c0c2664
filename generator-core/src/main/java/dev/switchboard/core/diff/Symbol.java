package dev.switchboard.core.diff;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a change touches in an SDK, language-neutral: a path of spec names, each of the kind that
 * decides its spelling ({@code resource pets, operation list, parameter fields}). Each language spells it
 * with its own symbol provider, joined by dots ({@code pets.list.fields}, {@code Pet.petId}).
 */
record Symbol(List<Part> parts) {
  static final Symbol NONE = new Symbol(List.of());

  record Part(NameKind kind, Name name) {
    Part {
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(name, "name == null");
    }
  }

  Symbol {
    parts = List.copyOf(parts);
  }

  static Symbol of(NameKind kind, Name name) {
    return NONE.then(kind, name);
  }

  Symbol then(NameKind kind, Name name) {
    List<Part> longer = new ArrayList<>(parts);
    longer.add(new Part(kind, name));
    return new Symbol(longer);
  }

  boolean isEmpty() {
    return parts.isEmpty();
  }

  String spell(SymbolProvider provider) {
    return parts.stream().map(p -> provider.spell(p.kind(), p.name())).collect(Collectors.joining("."));
  }
}
