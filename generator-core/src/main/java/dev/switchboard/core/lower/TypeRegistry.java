package dev.switchboard.core.lower;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.naming.Case;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides type ids (unique PascalCase of the name's words) and holds declarations. Component
 * schemas are reserved first, in spec order, so inline types never take a component's name.
 */
final class TypeRegistry {
  private final Diagnostics diagnostics;
  private final Map<String, Name> namesById = new HashMap<>();
  private final Map<String, String> componentIds = new HashMap<>();
  private final Map<String, TypeDecl> declarations = new HashMap<>();
  private final java.util.Set<String> foldedIds = new java.util.HashSet<>();

  TypeRegistry(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Reserves an id for a component schema, named {@code wantedName} (its name, or a dotted name's
   * shortest distinct tail), repairing case-insensitive collisions with a warning.
   */
  String reserveComponent(String schemaName, String wantedName, String pointer) {
    Name wanted = new Name(Name.of(wantedName).words(), schemaName);
    Name name = unique(wanted);
    if (!name.equals(wanted)) {
      diagnostics.warning(
          "name-collision", pointer,
          "schema name '" + schemaName + "' collides with another after case conversion; it is named "
              + Case.pascal(name.words()),
          "rename one of the schemas");
    }
    String id = Case.pascal(name.words());
    namesById.put(id, name);
    componentIds.put(schemaName, id);
    return id;
  }

  /** Reserves an id for an inline type named after where it appears. */
  String reserveInline(Name wanted) {
    Name name = unique(wanted);
    String id = Case.pascal(name.words());
    namesById.put(id, name);
    return id;
  }

  /**
   * A name whose id differs from every other id in more than letter case, so that no two generated
   * files differ only in case (they would overwrite each other on macOS and Windows). Words are
   * ASCII, folded from any Unicode form, so normalization cannot tell two ids apart either.
   */
  private Name unique(Name wanted) {
    Name candidate = wanted;
    for (int suffix = 2; foldedIds.contains(folded(candidate)); suffix++) {
      candidate = wanted.withSuffix(suffix);
    }
    foldedIds.add(folded(candidate));
    return candidate;
  }

  /** A name as ids compare: its words in PascalCase, in lower case. */
  static String folded(Name name) {
    return Case.pascal(name.words()).toLowerCase(java.util.Locale.ROOT);
  }

  Name name(String id) {
    return namesById.get(id);
  }

  Optional<String> componentId(String schemaName) {
    return Optional.ofNullable(componentIds.get(schemaName));
  }

  void define(TypeDecl declaration) {
    declarations.put(declaration.id(), declaration);
  }

  boolean isDefined(String id) {
    return declarations.containsKey(id);
  }

  Optional<TypeDecl> get(String id) {
    return Optional.ofNullable(declarations.get(id));
  }

  List<TypeDecl> sorted() {
    List<TypeDecl> all = new ArrayList<>(declarations.values());
    all.sort(Comparator.comparing(TypeDecl::id));
    return all;
  }
}
