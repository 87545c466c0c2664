package dev.switchboard.python;

import dev.switchboard.python.OperationPlan.Argument;
import dev.switchboard.python.OperationPlan.Shape;
import dev.switchboard.python.view.ResourceView.MethodView;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a planned operation as a method of a class at indent 4, sync or async: its signature,
 * return annotation, docstring and body. Flat resources and the resources of the tree share it;
 * what the method needs from the runtime goes into the module's {@code imports}.
 */
final class MethodPrinter {
  private final Imports imports;

  MethodPrinter(Imports imports) {
    this.imports = imports;
  }

  MethodView method(OperationPlan plan, boolean async) {
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
      case VALUE, NONE, DELETED -> plan.result();
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
}
