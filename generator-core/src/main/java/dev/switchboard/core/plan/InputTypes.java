package dev.switchboard.core.plan;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The object types a caller can hand to an operation as a value: those named by an input's type
 * and, through their properties that are not read-only, list items, map values, aliases and union
 * variants, every object type nested in them. An SDK that offers a plain-data form of its request
 * models (a dict, an object literal) offers it for exactly these, under {@link #paramName}.
 */
public final class InputTypes {
  private final Map<String, TypeDecl> decls;
  private final Set<String> objects = new LinkedHashSet<>();
  private final Set<String> visited = new LinkedHashSet<>();

  private InputTypes(Map<String, TypeDecl> decls) {
    this.decls = decls;
  }

  /** The ids of the object types reachable from the plan's inputs, in the order of {@code decls}. */
  public static List<String> reachable(Plan plan, Map<String, TypeDecl> decls) {
    Objects.requireNonNull(plan, "plan == null");
    InputTypes walk = new InputTypes(decls);
    plan.resources().forEach(r -> r.operations().forEach(op -> op.inputs().forEach(i -> walk.visit(i.type()))));
    List<String> ordered = new ArrayList<>();
    decls.keySet().stream().filter(walk.objects::contains).forEach(ordered::add);
    return ordered;
  }

  /**
   * The neutral name of the plain-data form of an input object type: its own words followed by
   * {@code param} ({@code Address} gives {@code AddressParam}); plugins spell it and number it on a clash.
   */
  public static Name paramName(Name typeName) {
    List<String> words = new ArrayList<>(typeName.words());
    words.add("param");
    return new Name(words, typeName.wire());
  }

  private void visit(TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      visitDecl(named.id());
    } else if (type instanceof TypeRef.ListOf list) {
      visit(list.items());
    } else if (type instanceof TypeRef.MapOf map) {
      visit(map.values());
    } else if (type instanceof TypeRef.Nullable nullable) {
      visit(nullable.inner());
    }
  }

  private void visitDecl(String id) {
    if (!visited.add(id)) {
      return;
    }
    TypeDecl decl = decls.get(id);
    if (decl instanceof TypeDecl.ObjectType object) {
      objects.add(id);
      object.properties().stream().filter(p -> !p.readOnly()).map(Property::type).forEach(this::visit);
    } else if (decl instanceof TypeDecl.AliasType alias) {
      visit(alias.target());
    } else if (decl instanceof TypeDecl.UnionType union) {
      union.variants().forEach(v -> visit(v.type()));
    }
  }
}
