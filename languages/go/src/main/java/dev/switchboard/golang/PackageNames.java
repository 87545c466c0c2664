package dev.switchboard.golang;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanResource;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of a package that its client's members depend on, claimed in the order the package is
 * printed in: its types', its models' constants and wrappers, the tree's classes and client accessors,
 * then a service per flat resource. The SDK's root client learns the {@code shortcuts:} mount's members
 * from them, naming the mount again without printing it.
 */
final class PackageNames {
  /** A flat resource of the client: what the tree leaves of it, its service type and its client field. */
  record Service(PlanResource resource, String type, String field) {}

  private final GoTypes types;
  private final List<Views.Decl> decls;
  private final ServiceFile services;
  private final TreeFile tree;
  private final SymbolTable.Scope clientFields;
  private final List<Views.Accessor> accessors;
  private final List<Service> flat = new ArrayList<>();

  PackageNames(Api api, Plan plan, SymbolTable symbols, String packageName) {
    this.types = new GoTypes(api, symbols);
    this.decls = new ModelsFile(types, symbols).decls(api);
    Map<String, Operation> operations = new LinkedHashMap<>();
    api.operations().forEach(o -> operations.put(o.id(), o));
    this.services = new ServiceFile(types, symbols, operations, packageName);
    this.clientFields = symbols.scope("client");
    // The tree's names come first: a flat resource's name yields to them.
    this.tree = new TreeFile(plan, services, types, symbols, operations);
    this.accessors = tree.clientAccessors(clientFields);
    // The planned resources are the API's, in its order.
    for (int i = 0; i < plan.resources().size(); i++) {
      PlanResource planned = plan.resources().get(i);
      plan.tree().flat(api.resources().get(i)).ifPresent(left -> flat.add(service(new PlanResource(planned.name(),
          left.operations().stream().map(o -> plan.operation(o.id())).toList()))));
    }
  }

  private Service service(PlanResource resource) {
    String words = GoSymbols.exported(resource.name().words());
    return new Service(resource, types.scope().claimGenerated(NameKind.TYPE, words + "Service"),
        clientFields.claimGenerated(NameKind.RESOURCE, words));
  }

  /** The client's members: the tree's accessors, then the flat resources' service fields. */
  List<ClientMember> members() {
    List<ClientMember> members = new ArrayList<>(tree.clientMembers());
    flat.forEach(s -> members.add(new ClientMember(s.resource().name(), s.field(), Optional.empty(), s.type(), true)));
    return members;
  }

  GoTypes types() {
    return types;
  }

  List<Views.Decl> decls() {
    return decls;
  }

  ServiceFile services() {
    return services;
  }

  TreeFile tree() {
    return tree;
  }

  /** The client's tree accessors: the roots, then the shortcuts. */
  List<Views.Accessor> accessors() {
    return accessors;
  }

  /** The flat resources the client keeps, in the plan's order. */
  List<Service> flat() {
    return flat;
  }
}
