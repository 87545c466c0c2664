package dev.switchboard.python;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.python.ResourceBuilder.ResourceNames;
import dev.switchboard.python.view.LazyInitView;
import dev.switchboard.python.view.LazyInitView.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The view of {@code resources/__init__.py}, which imports each resource's module on first use. */
final class ResourcesInit {
  private ResourcesInit() {}

  static LazyInitView build(Api api, Plan plan, Map<Resource, ResourceNames> resources) {
    Imports imports = new Imports();
    List<Entry> entries = new ArrayList<>();
    resources.forEach((resource, names) -> {
      List<String> classes = new ArrayList<>(List.of(names.className(), names.asyncClassName()));
      if (resource.operations().stream().anyMatch(op -> OperationBuilder.hasRawResponse(plan.operation(op.id())))) {
        classes.addAll(List.of(names.rawClassName(), names.asyncRawClassName()));
      }
      classes.forEach(c -> {
        imports.name("." + names.attribute(), c);
        entries.add(new Entry(PyText.literal(c), PyText.literal(names.attribute())));
      });
    });
    entries.sort((a, b) -> Imports.compareNames(a.name(), b.name()));
    String all = PyCode.wrap(0, "__all__ = [", entries.stream().map(Entry::name).toList(), "]", 0);
    String docstring = PyText.docstring(Optional.of("The resources of the " + api.info().title() + ".\n\n"
        + "Each resource is imported from its module on first use, so importing the package costs little."), 0)
        .orElseThrow();
    return new LazyInitView(docstring, imports.render(4), all, entries);
  }
}
