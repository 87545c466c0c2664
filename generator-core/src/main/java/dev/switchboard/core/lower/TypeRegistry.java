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

  TypeRegistry(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reserves an id for a component schema, repairing case-insensitive collisions with a warning. */
  String reserveComponent(String schemaName, String pointer) {
    Name wanted = Name.of(schemaName);
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

  private Name unique(Name wanted) {
    Name candidate = wanted;
    for (int suffix = 2; namesById.containsKey(Case.pascal(candidate.words())); suffix++) {
      candidate = wanted.withSuffix(suffix);
    }
    return candidate;
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
