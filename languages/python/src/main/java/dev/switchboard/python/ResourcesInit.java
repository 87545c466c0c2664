package dev.switchboard.python;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.python.ResourceBuilder.ResourceNames;
import dev.switchboard.python.view.InitView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The view of {@code resources/__init__.py}. */
final class ResourcesInit {
  private ResourcesInit() {}

  static InitView build(Api api, Plan plan, Map<Resource, ResourceNames> resources) {
    Imports imports = new Imports();
    List<String> exported = new ArrayList<>();
    resources.forEach((resource, names) -> {
      List<String> classes = new ArrayList<>(List.of(names.className(), names.asyncClassName()));
      if (resource.operations().stream().anyMatch(op -> OperationBuilder.hasRawResponse(plan.operation(op.id())))) {
        classes.addAll(List.of(names.rawClassName(), names.asyncRawClassName()));
      }
      classes.forEach(c -> imports.name("." + names.attribute(), c));
      exported.addAll(classes);
    });
    exported.sort(Imports::compareNames);
    String all = PyCode.wrap(0, "__all__ = [", exported.stream().map(PyText::literal).toList(), "]", 0);
    String docstring = PyText.docstring(Optional.of("The resources of the " + api.info().title() + "."), 0).orElseThrow();
    return new InitView(docstring, imports.render(), all);
  }
}
