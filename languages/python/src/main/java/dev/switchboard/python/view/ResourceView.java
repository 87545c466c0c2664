package dev.switchboard.python.view;

import java.util.List;

/**
 * One module of {@code resources/}: the operations of a resource as a sync class, an async class
 * with the same surface, and the views of both that return raw responses (null when no method
 * returns a plain value); models are imported for type checkers only.
 */
public record ResourceView(
    String docstring,
    String imports,
    String typeCheckingImports,
    String all,
    List<String> endpoints,
    String className,
    String asyncClassName,
    String classDocstring,
    List<MethodView> methods,
    List<MethodView> asyncMethods,
    RawView raw,
    RawView asyncRaw) {

  /** One method: decorator line (or ""), keyword ({@code def}/{@code async def}), signature parts, docstring and body. */
  public record MethodView(
      String decorator,
      String keyword,
      String name,
      List<String> parameters,
      String returns,
      String docstring,
      String body) {}

  public boolean hasTypeCheckingImports() {
    return !typeCheckingImports.isEmpty();
  }
}
