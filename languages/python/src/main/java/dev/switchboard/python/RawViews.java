package dev.switchboard.python;

import dev.switchboard.python.view.RawView;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code with_raw_response} view of a class of methods, a flat resource or a class of the
 * tree alike: it offers the methods whose value is plain ({@link OperationPlan#hasRawResponse}),
 * each returning the value with the status and headers. A class without any has no view.
 */
final class RawViews {
  private static final String SUFFIX = "WithRawResponse";

  private RawViews() {}

  /** The name of the view of class {@code owner}; claim it with the owner's name. */
  static String name(String owner) {
    return owner + SUFFIX;
  }

  /**
   * The view of {@code owner}, built again from {@code arguments} (which read the wrapped instance,
   * {@code resource}) with {@code raw=True}; adds the wrappers it calls to {@code imports}.
   */
  static Optional<RawView> of(Imports imports, String owner, List<String> arguments, List<OperationPlan> plans,
      boolean async) {
    List<String> methods = plans.stream().filter(OperationPlan::hasRawResponse).map(OperationPlan::method).toList();
    if (methods.isEmpty()) {
      return Optional.empty();
    }
    String wrapper = async ? "async_raw_method" : "raw_method";
    imports.name(".._response", wrapper);
    List<String> construction = Stream.concat(arguments.stream(), Stream.of("raw=True")).toList();
    Stream<String> statements = Stream.concat(Stream.of(PyCode.call(8, "raw = " + owner + "(", construction, ")")),
        methods.stream().map(m -> PyCode.call(8, "self." + m + " = " + wrapper + "(", List.of("raw." + m), ")")));
    return Optional.of(new RawView(name(owner), owner, statements.collect(Collectors.joining("\n" + " ".repeat(8)))));
  }
}
