package dev.switchboard.python;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Splits the models into the modules of the {@code models} package, so that using one model
 * imports and builds only that model. Each module holds one strongly connected group of the graph
 * of references evaluated at import time: those of type aliases and unions, which name their types
 * when the module runs. A class's annotations are resolved only when its schema is built (through
 * the lazily loading {@code models} package), so they make no edge: every class and enum has a
 * module of its own, even in a cycle of models, and the modules import one another without cycles.
 */
final class ModelModules {
  /** One module: its name (without package) and its declarations in the API's order. */
  record Module(String name, List<TypeDecl> decls) {
    Module {
      Objects.requireNonNull(name, "name == null");
      decls = List.copyOf(decls);
    }
  }

  private final List<Module> modules;
  private final Map<String, String> moduleOf;

  private ModelModules(List<Module> modules) {
    this.modules = List.copyOf(modules);
    Map<String, String> byId = new HashMap<>();
    modules.forEach(m -> m.decls().forEach(d -> byId.put(d.id(), m.name())));
    this.moduleOf = byId;
  }

  static ModelModules of(Api api) {
    Map<String, TypeDecl> decls = new LinkedHashMap<>();
    api.types().forEach(t -> decls.put(t.id(), t));
    List<List<String>> groups = new Groups(decls).find();
    // Module names are made up here, not written in the spec: clashes are numbered without a warning.
    SymbolTable.Scope taken = new SymbolTable(PythonSymbols.PROVIDER).newScope();
    List<Module> modules = new ArrayList<>();
    for (List<String> group : groups) {
      TypeDecl first = decls.get(group.get(0));
      String name = taken.claimGenerated(NameKind.RESOURCE, "_" + PythonSymbols.snake(first.name().words()));
      modules.add(new Module(name, group.stream().map(decls::get).toList()));
    }
    modules.sort((a, b) -> Imports.compareNames(a.name(), b.name()));
    return new ModelModules(modules);
  }

  List<Module> modules() {
    return modules;
  }

  /** The module (such as {@code _pet}) that declares the type. */
  String moduleOf(String id) {
    return Objects.requireNonNull(moduleOf.get(id), () -> "no module for " + id);
  }

  /**
   * The declared types a declaration's module needs when it is imported: an alias's or union's
   * types; none for a class, whose annotations are resolved later, or an enum.
   */
  static Set<String> importTimeReferences(TypeDecl decl) {
    return decl instanceof TypeDecl.ObjectType ? Set.of() : references(decl);
  }

  /** The declared types a declaration's Python code refers to. */
  static Set<String> references(TypeDecl decl) {
    Set<String> ids = new LinkedHashSet<>();
    if (decl instanceof TypeDecl.ObjectType object) {
      object.properties().stream().map(Property::type).forEach(t -> collect(t, ids));
    } else if (decl instanceof TypeDecl.AliasType alias) {
      collect(alias.target(), ids);
    } else if (decl instanceof TypeDecl.UnionType union) {
      union.variants().forEach(v -> collect(v.type(), ids));
    }
    return ids;
  }

  private static void collect(TypeRef type, Set<String> ids) {
    if (type instanceof TypeRef.Named named) {
      ids.add(named.id());
    } else if (type instanceof TypeRef.ListOf list) {
      collect(list.items(), ids);
    } else if (type instanceof TypeRef.MapOf map) {
      collect(map.values(), ids);
    } else if (type instanceof TypeRef.Nullable nullable) {
      collect(nullable.inner(), ids);
    }
  }

  /** Tarjan's strongly connected components of the import-time graph, iterative, members in API order. */
  private static final class Groups {
    private final Map<String, TypeDecl> decls;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<List<String>> groups = new ArrayList<>();
    private final Map<String, Integer> order = new HashMap<>();

    Groups(Map<String, TypeDecl> decls) {
      this.decls = decls;
      decls.keySet().forEach(id -> order.put(id, order.size()));
    }

    List<List<String>> find() {
      for (String id : decls.keySet()) {
        if (!index.containsKey(id)) {
          visit(id);
        }
      }
      return groups;
    }

    private final Map<String, List<String>> successors = new HashMap<>();

    private List<String> successors(String id) {
      return successors.computeIfAbsent(id,
          key -> importTimeReferences(decls.get(key)).stream().filter(decls::containsKey).toList());
    }

    private void visit(String root) {
      Deque<Map.Entry<String, Integer>> frames = new ArrayDeque<>();
      open(root);
      frames.push(Map.entry(root, 0));
      while (!frames.isEmpty()) {
        Map.Entry<String, Integer> frame = frames.pop();
        String id = frame.getKey();
        List<String> next = successors(id);
        int i = frame.getValue();
        if (i < next.size()) {
          frames.push(Map.entry(id, i + 1));
          String target = next.get(i);
          if (!index.containsKey(target)) {
            open(target);
            frames.push(Map.entry(target, 0));
          } else if (onStack.contains(target)) {
            low.put(id, Math.min(low.get(id), index.get(target)));
          }
          continue;
        }
        if (low.get(id).equals(index.get(id))) {
          close(id);
        }
        if (!frames.isEmpty()) {
          String parent = frames.peek().getKey();
          low.put(parent, Math.min(low.get(parent), low.get(id)));
        }
      }
    }

    private void open(String id) {
      index.put(id, index.size());
      low.put(id, index.get(id));
      stack.push(id);
      onStack.add(id);
    }

    private void close(String id) {
      List<String> group = new ArrayList<>();
      String member;
      do {
        member = stack.pop();
        onStack.remove(member);
        group.add(member);
      } while (!member.equals(id));
      group.sort((a, b) -> Integer.compare(order.get(a), order.get(b)));
      groups.add(group);
    }
  }
}
