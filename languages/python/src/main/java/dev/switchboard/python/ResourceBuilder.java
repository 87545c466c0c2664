package dev.switchboard.python;

import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.python.PyTypes.Scope;
import dev.switchboard.python.view.RawView;
import dev.switchboard.python.view.ResourceView;
import dev.switchboard.python.view.ResourceView.MethodView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the view of one {@code resources/<name>.py} module. */
final class ResourceBuilder {
  private final PyTypes types;
  private final Plan plan;
  private final ResourceNames names;
  private final Imports imports;
  /** Models, imported for type checkers only: at run time an operation loads its models when called. */
  private final Imports typeChecking;
  /** Prints the flat methods as the tree's classes print theirs, adding what they use to {@link #imports}. */
  private final MethodPrinter printer;
  /** Each operation's method as {@link #build} printed it. */
  private final Map<Operation, OperationPlan> printed = new LinkedHashMap<>();

  ResourceBuilder(PyTypes types, Plan plan, ResourceNames names) {
    this.types = types;
    this.plan = plan;
    this.names = names;
    this.imports = types.imports();
    this.typeChecking = types.imports();
    this.printer = new MethodPrinter(imports);
  }

  ResourceView build(Resource resource) {
    imports.name("__future__", "annotations").name("typing", "Optional").name(".._types", "RequestOptions")
        .name(".._core", "AsyncCore").name(".._core", "SyncCore");
    Map<Operation, String> methods = types.symbols().methodNames(plan, resource);
    Scope scope = Scope.resources(imports, typeChecking, Set.copyOf(methods.values()));
    OperationBuilder builder = new OperationBuilder(types, scope);
    methods.forEach((operation, name) -> printed.put(operation, builder.plan(operation, plan.operation(operation.id()), name)));
    List<OperationPlan> plans = List.copyOf(printed.values());
    List<MethodView> sync = plans.stream().map(p -> printer.method(p, false)).toList();
    List<MethodView> async = plans.stream().map(p -> printer.method(p, true)).toList();
    Optional<RawView> raw = RawViews.of(imports, names.className(), List.of("resource._core"), plans, false);
    Optional<RawView> asyncRaw = RawViews.of(imports, names.asyncClassName(), List.of("resource._core"), plans, true);
    if (!typeChecking.isEmpty()) {
      imports.name("typing", "TYPE_CHECKING");
    }
    String docs = Docstrings.text(resource.docs());
    String docstring = docs.isEmpty() ? "Operations on " + String.join(" ", resource.name().words()) + "." : docs;
    return new ResourceView(
        PyText.docstring(Optional.of(docstring), 0).orElseThrow(),
        imports.render(),
        typeChecking.render(4),
        all(raw.isEmpty()),
        plans.stream().map(OperationPlan::endpoint).toList(),
        names.className(), names.asyncClassName(),
        PyText.docstring(Optional.of(docstring), 4).orElseThrow(),
        sync, async, raw.orElse(null), asyncRaw.orElse(null));
  }

  /** The methods {@link #build} printed, by operation in resource order: the README calls these. */
  Map<Operation, OperationPlan> printed() {
    return printed;
  }

  private String all(boolean withoutRaw) {
    List<String> exported = new ArrayList<>(List.of(names.className(), names.asyncClassName()));
    if (!withoutRaw) {
      exported.addAll(List.of(names.rawClassName(), names.asyncRawClassName()));
    }
    exported.sort(Imports::compareNames);
    return PyCode.wrap(0, "__all__ = [", exported.stream().map(PyText::literal).toList(), "]", 0);
  }

  /** The class names of one resource, claimed together in the package namespace. */
  record ResourceNames(String attribute, String className, String asyncClassName, String rawClassName,
      String asyncRawClassName) {}
}
