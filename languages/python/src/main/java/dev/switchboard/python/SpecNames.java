package dev.switchboard.python;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.python.ResourceBuilder.ResourceNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names a spec's package gives its models, its resource tree and its flat resources, claimed in
 * this order (a model keeps its name; a flat resource's member yields to the tree's), and so the
 * members of its client. The root of several specs claims them again in a fresh table to reach a
 * mount's members under the names the mount's package gives them.
 */
record SpecNames(Map<String, String> typeNames, Optional<TreeNames> tree, Map<Resource, ResourceNames> resources) {

  /**
   * One member of the client: the plan's name for it, its attribute, its classes and their module;
   * {@code shortcut} when it leaves the first path value to the client.
   */
  record ClientMember(Name name, String attribute, String module, String className, String asyncClassName,
      boolean shortcut) {}

  /** Claims the classes in {@code symbols} and the client's members in {@code client}. */
  static SpecNames claim(Api api, Plan plan, PythonSymbols symbols, SymbolTable.Scope client) {
    Map<String, String> typeNames = new LinkedHashMap<>();
    for (TypeDecl decl : api.types()) {
      typeNames.put(decl.id(), symbols.className(decl));
    }
    Optional<TreeNames> tree = plan.tree().isEmpty() ? Optional.empty()
        : Optional.of(new TreeNames(plan.tree(), symbols, client));
    return new SpecNames(typeNames, tree, resourceNames(flat(api, plan), symbols, client));
  }

  /**
   * The client's members in its order: the tree's roots and shortcuts, then the flat resources.
   * A flat resource of a spec without a tree is named as its plan's resource at the same place.
   */
  List<ClientMember> clientMembers(Plan plan) {
    List<ClientMember> members = new ArrayList<>(treeMembers(plan));
    int index = 0;
    for (Map.Entry<Resource, ResourceNames> entry : resources.entrySet()) {
      Name name = tree.isEmpty() ? plan.resources().get(index++).name() : entry.getKey().name();
      ResourceNames names = entry.getValue();
      members.add(new ClientMember(name, names.attribute(), ".resources." + names.attribute(), names.className(),
          names.asyncClassName(), false));
    }
    return members;
  }

  /** The client's members from the tree: its roots, then its shortcuts; none without a tree. */
  List<ClientMember> treeMembers(Plan plan) {
    List<ClientMember> members = new ArrayList<>();
    tree.ifPresent(names -> {
      for (String root : plan.tree().roots()) {
        members.add(treeMember(plan.tree().node(root).name(), names.member(root), names.node(root), false));
      }
      names.shortcuts().forEach((shortcut, attribute) ->
          members.add(treeMember(shortcut.name(), attribute, names.node(shortcut.target()), true)));
    });
    return members;
  }

  private static ClientMember treeMember(Name name, String attribute, TreeNames.NodeNames node, boolean shortcut) {
    return new ClientMember(name, attribute, ".tree." + node.module(), node.list(), node.asyncList(), shortcut);
  }

  /** The flat resources: for a spec with a tree, only the operations no resource of the tree calls. */
  private static List<Resource> flat(Api api, Plan plan) {
    if (plan.tree().isEmpty()) {
      return api.resources();
    }
    return api.resources().stream().map(plan.tree()::flat).flatMap(Optional::stream).toList();
  }

  /** Module and class names of each resource; classes yield to models on collision. */
  private static Map<Resource, ResourceNames> resourceNames(List<Resource> flat, PythonSymbols symbols,
      SymbolTable.Scope attributes) {
    Map<Resource, ResourceNames> names = new LinkedHashMap<>();
    for (Resource resource : flat) {
      String attribute = PythonSymbols.resourceAttribute(attributes, resource);
      String base = PythonSymbols.pascal(resource.name());
      String chosen = base;
      for (int n = 2; !symbols.claimAll(classNames(chosen)); n++) {
        chosen = base + "Resource" + (n == 2 ? "" : n - 1);
      }
      List<String> classes = classNames(chosen);
      names.put(resource, new ResourceNames(attribute, classes.get(0), classes.get(1), classes.get(2), classes.get(3)));
    }
    return names;
  }

  private static List<String> classNames(String base) {
    return List.of(base, "Async" + base, RawViews.name(base), RawViews.name("Async" + base));
  }
}
