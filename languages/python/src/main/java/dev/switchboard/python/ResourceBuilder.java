package dev.switchboard.python;

import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.python.OperationPlan.Argument;
import dev.switchboard.python.OperationPlan.Shape;
import dev.switchboard.python.PyTypes.Scope;
import dev.switchboard.python.view.ResourceView;
import dev.switchboard.python.view.ResourceView.MethodView;
import java.util.ArrayList;
import java.util.HashSet;
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
  /** Each operation's method as {@link #build} printed it. */
  private final Map<Operation, OperationPlan> printed = new LinkedHashMap<>();

  ResourceBuilder(PyTypes types, Plan plan, ResourceNames names) {
    this.types = types;
    this.plan = plan;
    this.names = names;
    this.imports = types.imports();
    this.typeChecking = types.imports();
  }

  ResourceView build(Resource resource) {
    imports.name("__future__", "annotations").name("typing", "Optional").name(".._types", "RequestOptions")
        .name(".._core", "AsyncCore").name(".._core", "SyncCore");
    Map<Operation, String> methods = types.symbols().methodNames(plan, resource);
    Scope scope = Scope.resources(imports, typeChecking, Set.copyOf(methods.values()));
    OperationBuilder builder = new OperationBuilder(types, scope);
    methods.forEach((operation, name) -> printed.put(operation, builder.plan(operation, plan.operation(operation.id()), name)));
    List<OperationPlan> plans = List.copyOf(printed.values());
    List<MethodView> sync = plans.stream().map(p -> method(p, false)).toList();
    List<MethodView> async = plans.stream().map(p -> method(p, true)).toList();
    List<String> raw = plans.stream().filter(OperationPlan::hasRawResponse).map(OperationPlan::method).toList();
    if (!raw.isEmpty()) {
      imports.name(".._response", "raw_method").name(".._response", "async_raw_method");
    }
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
        names.className(), names.asyncClassName(), names.rawClassName(), names.asyncRawClassName(),
        PyText.docstring(Optional.of(docstring), 4).orElseThrow(),
        sync, async, rawMethods(raw, "raw_method("), rawMethods(raw, "async_raw_method("));
  }

  /** The methods {@link #build} printed, by operation in resource order: the README calls these. */
  Map<Operation, OperationPlan> printed() {
    return printed;
  }

  /** {@code self.name = raw_method(raw.name)} for each method, laid out as ruff would. */
  private static List<String> rawMethods(List<String> names, String wrapper) {
    return names.stream().map(n -> PyCode.call(8, "self." + n + " = " + wrapper, List.of("raw." + n), ")")).toList();
  }

  private String all(boolean withoutRaw) {
    List<String> exported = new ArrayList<>(List.of(names.className(), names.asyncClassName()));
    if (!withoutRaw) {
      exported.addAll(List.of(names.rawClassName(), names.asyncRawClassName()));
    }
    exported.sort(Imports::compareNames);
    return PyCode.wrap(0, "__all__ = [", exported.stream().map(PyText::literal).toList(), "]", 0);
  }

  private MethodView method(OperationPlan plan, boolean async) {
    List<String> parameters = new ArrayList<>();
    plan.arguments().stream().filter(Argument::positional).map(a -> a.declaration(8)).forEach(parameters::add);
    parameters.add("*");
    plan.arguments().stream().filter(a -> !a.positional()).map(a -> a.declaration(8)).forEach(parameters::add);
    plan.itemLimit().ifPresent(name -> parameters.add(name + ": Optional[int] = None"));
    parameters.add("request_options: Optional[RequestOptions] = None");
    if (plan.arguments().stream().anyMatch(a -> !a.required())) {
      imports.name("typing", "Union").name(".._types", "NotGiven").name(".._types", "NOT_GIVEN");
    }
    String decorator = "";
    if (plan.deprecated()) {
      imports.name("typing_extensions", "deprecated");
      decorator = "@deprecated(" + PyText.literal(plan.method() + " is deprecated by the API.") + ")";
    }
    String keyword = async && plan.shape() != Shape.PAGER ? "async def" : "def";
    return new MethodView(decorator, keyword, plan.method(), parameters, returns(plan, async), plan.docstring(),
        new MethodBody(imports, plan, async).render());
  }

  /** The return annotation, laid out for {@code ) -> ...:} in a method at indent 4. */
  private String returns(OperationPlan plan, boolean async) {
    PyType type = switch (plan.shape()) {
      case VALUE, NONE -> plan.result();
      case PAGER -> PyType.generic(runtime(".._pagination", async ? "AsyncPager" : "SyncPager"), plan.result());
      case EVENTS -> PyType.generic(runtime(".._streaming", async ? "AsyncStream" : "Stream"), plan.result());
      case BINARY -> PyType.of(runtime(".._response", async ? "AsyncBinaryResponse" : "BinaryResponse"));
    };
    return type.render(4, ") -> ".length(), 1);
  }

  private String runtime(String module, String name) {
    imports.name(module, name);
    return name;
  }

  /** The class names of one resource, claimed together in the package namespace. */
  record ResourceNames(String attribute, String className, String asyncClassName, String rawClassName,
      String asyncRawClassName) {}
}
