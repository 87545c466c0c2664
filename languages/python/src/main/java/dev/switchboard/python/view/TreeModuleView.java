package dev.switchboard.python.view;

import dev.switchboard.python.view.ResourceView.MethodView;
import java.util.List;

/**
 * One module of the {@code tree} package: a resource of the client's tree as its classes (the
 * collection and, for a keyed resource, one member; each sync and async), the endpoint constants
 * of its operations, its children, whose modules are imported on first access, and the classes'
 * raw-response views.
 */
public record TreeModuleView(String docstring, String imports, String typeCheckingImports, String all,
    List<String> endpoints, List<ClassView> classes, List<RawView> raws) {

  public boolean hasTypeCheckingImports() {
    return !typeCheckingImports.isEmpty();
  }

  /**
   * One class: it holds the core and the path values bound so far; {@code call} (or null) makes
   * one member of the collection, {@code children} reach the resources below it; {@code raw} is
   * its raw-response view, or null when no method returns a plain value.
   */
  public record ClassView(String name, String docstring, String core, CallView call, List<ChildView> children,
      List<MethodView> methods, RawView raw) {}

  /** {@code __call__}: its {@code def} line, docstring and body. */
  public record CallView(String header, String docstring, String body) {}

  /** A child resource as a cached property: its {@code def} line and body. */
  public record ChildView(String header, String body) {}
}
