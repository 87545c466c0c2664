package dev.switchboard.python;

import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.plan.CredentialDefault;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.Result;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.python.OperationPlan.Argument;
import dev.switchboard.python.OperationPlan.Location;
import dev.switchboard.python.OperationPlan.Shape;
import dev.switchboard.python.PyTypes.Scope;
import dev.switchboard.python.PyTypes.Use;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints the Python method for one planned operation: its arguments (the plan's inputs, in
 * Python spelling), result shape and endpoint constant.
 */
final class OperationBuilder {
  private final PyTypes types;
  private final Scope scope;

  OperationBuilder(PyTypes types, Scope scope) {
    this.types = types;
    this.scope = scope;
  }

  OperationPlan plan(Operation operation, PlanOperation planned, String method) {
    return plan(operation, planned, method, 0);
  }

  /**
   * The method of a resource of the tree, which holds {@code bound} path values: the operation's
   * first {@code bound} path parameters, in path order, are sent from those and are no arguments.
   */
  OperationPlan plan(Operation operation, PlanOperation planned, String method, int bound) {
    SymbolTable.Scope taken = types.symbols().newScope().reserve(PythonSymbols.METHOD_LOCALS);
    // The plan lists path parameters in path order.
    List<Input> held = planned.inputs(Input.Location.PATH).subList(0, bound);
    Map<Input, Argument> byInput = new LinkedHashMap<>();
    planned.inputs().stream().filter(input -> !held.contains(input))
        .forEach(input -> byInput.put(input, argument(operation, input, taken)));
    List<Argument> arguments = arguments(byInput.values());
    Optional<String> itemLimit = planned.result() instanceof Result.Paged paged
        ? Optional.of(PythonSymbols.parameter(taken, paged.itemLimit(), operation.source())) : Optional.empty();
    Shape shape = shape(planned.result());
    PyType result = result(planned.result(), shape);
    String constant = PythonSymbols.constant(operation.name());
    String endpoint = new EndpointCode(types, scope).render(operation, planned, shape);
    String docstring = Docstrings.method(operation, arguments, itemLimit, shape);
    boolean fieldBody = planned.body().filter(PlanOperation.BodyPlan::flattened).isPresent();
    return new OperationPlan(method, constant, constant + " = " + endpoint, arguments, shape, result, docstring,
        operation.docs().deprecated(), fieldBody, itemLimit,
        // A group holding a value the resource holds is always met.
        planned.requireOneOf().stream().map(planned::group).filter(g -> g.stream().noneMatch(held::contains))
            .map(g -> g.stream().map(i -> byInput.get(i).name()).toList()).toList(),
        held.stream().map(Input::wire).toList());
  }


  /** Positional arguments first (path, then a required whole body), then required and optional keywords. */
  private static List<Argument> arguments(Collection<Argument> all) {
    List<Argument> arguments = new ArrayList<>();
    all.stream().filter(Argument::positional).forEach(arguments::add);
    all.stream().filter(a -> !a.positional() && a.required()).forEach(arguments::add);
    all.stream().filter(a -> !a.required()).forEach(arguments::add);
    return arguments;
  }

  private Argument argument(Operation operation, Input input, SymbolTable.Scope taken) {
    String name = PythonSymbols.parameter(taken, input.name(), operation.source());
    if (input.location() == Input.Location.BODY) {
      boolean text = operation.body().orElseThrow().preferred().kind() == MediaKind.TEXT;
      PyType annotation = text ? PyType.of("str") : types.type(input.type(), Use.ARGUMENT, scope);
      return new Argument(name, "", Location.BODY, annotation, input.required(), Docstrings.text(input.docs()),
          input.type(), input.example());
    }
    PyType annotation = types.type(input.type(), Use.ARGUMENT, scope);
    String doc = Docstrings.parameter(input.docs(), input.defaultValue());
    if (input.defaultFrom().isPresent()) {
      CredentialDefault from = input.defaultFrom().get();
      String left = "Left out, the client's " + from.option().map(o -> "``" + PythonSymbols.parameter(o) + "`` or else its ")
          .orElse("") + "user name is used (" + from.environment() + ").";
      doc = doc.isEmpty() ? left : doc + " " + left;
    }
    return new Argument(name, input.wire(), location(input.location()), annotation, input.required(), doc,
        input.type(), input.example());
  }

  private static Location location(Input.Location location) {
    return switch (location) {
      case PATH -> Location.PATH;
      case QUERY -> Location.QUERY;
      case HEADER -> Location.HEADER;
      case COOKIE -> Location.COOKIE;
      case BODY_FIELD -> Location.FIELD;
      case BODY -> Location.BODY;
    };
  }

  /** Whether the operation's method returns a plain value, so a raw-response variant makes sense. */
  static boolean hasRawResponse(PlanOperation planned) {
    return shape(planned.result()).plain();
  }

  /** The plan's result shape as the Python method returns it: models, lists and text are plain values. */
  private static Shape shape(Result result) {
    if (result instanceof Result.None) {
      return Shape.NONE;
    }
    if (result instanceof Result.Deleted) {
      return Shape.DELETED;
    }
    if (result instanceof Result.Paged) {
      return Shape.PAGER;
    }
    if (result instanceof Result.Stream) {
      return Shape.EVENTS;
    }
    return result instanceof Result.Binary ? Shape.BINARY : Shape.VALUE;
  }

  /** What the method returns: each item of a pager, each event's data, a decoded value, or text. */
  private PyType result(Result result, Shape shape) {
    return switch (shape) {
      case NONE -> PyType.of("None");
      case DELETED -> PyType.of("bool");
      case BINARY -> PyType.of("");
      case PAGER -> types.type(((Result.Paged) result).itemType(), Use.RESULT, scope);
      case EVENTS, VALUE -> result.decodedType().map(type -> types.type(type, Use.RESULT, scope))
          .orElse(PyType.of("str"));
    };
  }
}
