package dev.switchboard.python;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.python.view.LazyInitView;
import dev.switchboard.python.view.LazyInitView.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The view of {@code models/__init__.py}, which imports each model's module on first use. */
final class ModelsInit {
  private ModelsInit() {}

  static LazyInitView build(Api api, PyTypes types, ModelModules modules) {
    Imports imports = new Imports();
    List<Entry> entries = new ArrayList<>();
    for (ModelModules.Module module : modules.modules()) {
      for (TypeDecl decl : module.decls()) {
        List<String> names = new ArrayList<>(List.of(types.name(decl.id())));
        types.paramName(decl.id()).ifPresent(names::add);
        for (String name : names) {
          imports.name("." + module.name(), name);
          entries.add(new Entry(PyText.literal(name), PyText.literal(module.name())));
        }
      }
    }
    entries.sort((a, b) -> Imports.compareNames(a.name(), b.name()));
    List<String> names = entries.stream().map(Entry::name).toList();
    String all = PyCode.wrap(0, "__all__ = [", names, "]", 0);
    String docstring = PyText.docstring(Optional.of("Models of the " + api.info().title() + ".\n\n"
        + "Each model is imported from its module on first use, so importing the package costs little."), 0)
        .orElseThrow();
    return new LazyInitView(docstring, imports.render(4), all, entries);
  }
}
