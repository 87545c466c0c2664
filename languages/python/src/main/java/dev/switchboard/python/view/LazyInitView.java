package dev.switchboard.python.view;

import java.util.List;

/**
 * The {@code __init__.py} of the {@code models} or {@code resources} package: every name imported
 * for type checkers only, {@code __all__}, and the module of each name, which {@code __getattr__}
 * imports on first use.
 */
public record LazyInitView(String docstring, String typeCheckingImports, String all, List<Entry> modules) {
  public LazyInitView {
    modules = List.copyOf(modules);
  }

  public boolean hasNames() {
    return !modules.isEmpty();
  }

  /** One line of the name-to-module table. */
  public record Entry(String name, String module) {}
}
