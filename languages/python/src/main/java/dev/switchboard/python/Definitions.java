package dev.switchboard.python;

import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.python.PyTypes.Scope;
import dev.switchboard.python.PyTypes.Use;
import dev.switchboard.python.view.ModelsView.DefinitionView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Type aliases and unions of one models module. They are evaluated at import time, so each comes
 * after the aliases and unions it refers to.
 */
final class Definitions {
  private final List<TypeDecl> decls;
  private final PyTypes types;
  private final Scope scope;

  Definitions(List<TypeDecl> decls, PyTypes types, Scope scope) {
    this.decls = List.copyOf(decls);
    this.types = types;
    this.scope = scope;
  }

  List<DefinitionView> build() {
    Map<String, TypeDecl> pending = new LinkedHashMap<>();
    decls.stream()
        .filter(t -> t instanceof TypeDecl.AliasType || t instanceof TypeDecl.UnionType)
        .forEach(t -> pending.put(t.id(), t));
    List<DefinitionView> views = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (String id : pending.keySet()) {
      visit(id, pending, done, new HashSet<>(), views);
    }
    return views;
  }

  private void visit(String id, Map<String, TypeDecl> pending, Set<String> done, Set<String> path,
      List<DefinitionView> views) {
    if (done.contains(id) || !path.add(id)) {
      return;
    }
    TypeDecl decl = pending.get(id);
    for (String dependency : ModelModules.references(decl)) {
      if (pending.containsKey(dependency)) {
        visit(dependency, pending, done, path, views);
      }
    }
    done.add(id);
    views.add(new DefinitionView(code(decl), ModelsBuilder.doc(decl.docs(), 0), false));
  }

  private String code(TypeDecl decl) {
    String name = types.name(decl.id());
    if (decl instanceof TypeDecl.AliasType alias) {
      return name + " = " + types.type(alias.target(), Use.FIELD, scope).render(0, name.length() + 3, 0);
    }
    return union(name + " = ", (TypeDecl.UnionType) decl);
  }

  private String union(String target, TypeDecl.UnionType union) {
    scope.imports().name("typing", "Annotated").name("typing", "Union").name(".._models", "OneOf")
        .name(".._models", "UnknownVariant");
    Map<String, List<String>> variants = variants(union);
    boolean tagged = union.discriminator().isPresent() && variants.values().stream().noneMatch(List::isEmpty)
        && union.variants().stream().allMatch(v -> isObject(v.type()));
    List<String> members = new ArrayList<>(variants.keySet());
    members.add("UnknownVariant");
    List<String> items = new ArrayList<>();
    items.add(PyCode.wrap(4, "Union[", members, "]", 1));
    items.add(tagged ? discriminator(union, variants) : "OneOf()");
    return PyCode.wrap(0, target + "Annotated[", items, "]", 0);
  }

  /** Variant annotations in order, without duplicates, each with its discriminator values. */
  private Map<String, List<String>> variants(TypeDecl.UnionType union) {
    Map<String, List<String>> variants = new LinkedHashMap<>();
    for (TypeDecl.Variant variant : union.variants()) {
      String annotation = types.type(variant.type(), Use.FIELD, scope).render(8, 0, 1);
      variants.computeIfAbsent(annotation, a -> new ArrayList<>()).addAll(variant.discriminatorValues());
    }
    return variants;
  }

  private boolean isObject(TypeRef type) {
    return type instanceof TypeRef.Named named
        && types.decl(named.id()).filter(d -> d instanceof TypeDecl.ObjectType).isPresent();
  }

  private String discriminator(TypeDecl.UnionType union, Map<String, List<String>> variants) {
    List<String> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    variants.forEach((className, values) -> values.stream().filter(seen::add)
        .forEach(value -> entries.add(PyText.literal(value) + ": " + PyText.literal(className))));
    String wire = PyText.literal(union.discriminator().orElseThrow().property().wire());
    String tags = PyCode.wrap(8, "{", entries, "}", 1);
    return PyCode.wrap(4, "OneOf(", List.of(wire, tags), ")", 1);
  }
}
