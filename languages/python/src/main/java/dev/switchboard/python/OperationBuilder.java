package dev.switchboard.python;

import dev.switchboard.core.ir.BodyContent;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.RequestBody;
import dev.switchboard.core.ir.Response;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.python.OperationPlan.Argument;
import dev.switchboard.python.OperationPlan.Location;
import dev.switchboard.python.OperationPlan.Shape;
import dev.switchboard.python.PyTypes.Scope;
import dev.switchboard.python.PyTypes.Use;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Plans the Python method for one operation: its arguments, result shape and endpoint constant. */
final class OperationBuilder {
  private final PyTypes types;
  private final Scope scope;

  OperationBuilder(PyTypes types, Scope scope) {
    this.types = types;
    this.scope = scope;
  }

  OperationPlan plan(Operation operation, String method) {
    List<Argument> arguments = arguments(operation);
    Optional<Response.ResponseContent> content = operation.successResponse().flatMap(Response::content);
    Shape shape = shape(operation, content);
    PyType result = result(operation, content, shape);
    String constant = PythonSymbols.constant(operation.name());
    String endpoint = new EndpointCode(types, scope).render(operation, shape, content);
    String docstring = Docstrings.method(operation, arguments, shape);
    boolean fieldBody = operation.body().flatMap(b -> flattened(b.preferred())).isPresent();
    return new OperationPlan(method, constant, constant + " = " + endpoint, arguments, shape, result, docstring,
        operation.docs().deprecated(), fieldBody);
  }

  private List<Argument> arguments(Operation operation) {
    Set<String> taken = new HashSet<>(PythonSymbols.METHOD_LOCALS);
    List<Argument> arguments = new ArrayList<>();
    List<Parameter> path = new ArrayList<>(operation.parameters(Parameter.Location.PATH));
    path.sort(Comparator.comparingInt(p -> operation.path().indexOf("{" + p.name().wire() + "}")));
    path.forEach(p -> arguments.add(parameter(p, Location.PATH, true, taken)));
    List<Argument> keywords = new ArrayList<>();
    addParameters(operation, Parameter.Location.QUERY, Location.QUERY, taken, keywords);
    addParameters(operation, Parameter.Location.HEADER, Location.HEADER, taken, keywords);
    addParameters(operation, Parameter.Location.COOKIE, Location.COOKIE, taken, keywords);
    operation.body().ifPresent(body -> keywords.addAll(body(body, taken)));
    keywords.stream().filter(Argument::positional).forEach(arguments::add);
    keywords.stream().filter(a -> !a.positional() && a.required()).forEach(arguments::add);
    keywords.stream().filter(a -> !a.required()).forEach(arguments::add);
    return arguments;
  }

  private void addParameters(Operation operation, Parameter.Location from, Location to, Set<String> taken,
      List<Argument> into) {
    operation.parameters(from).forEach(p -> into.add(parameter(p, to, p.required(), taken)));
  }

  private Argument parameter(Parameter parameter, Location location, boolean required, Set<String> taken) {
    String name = PythonSymbols.unique(taken, PythonSymbols.parameter(parameter.name()));
    PyType annotation = types.type(parameter.type(), Use.ARGUMENT, scope);
    String doc = Docstrings.parameter(parameter.docs(), parameter.defaultValue());
    return new Argument(name, parameter.name().wire(), location, annotation, required, doc, parameter.type(),
        parameter.docs().example());
  }

  private List<Argument> body(RequestBody body, Set<String> taken) {
    BodyContent content = body.preferred();
    Optional<TypeDecl.ObjectType> object = flattened(content);
    if (object.isEmpty()) {
      String name = PythonSymbols.unique(taken, "body");
      PyType annotation = content.kind() == MediaKind.TEXT ? PyType.of("str")
          : types.type(content.type(), Use.ARGUMENT, scope);
      return List.of(new Argument(name, "", Location.BODY, annotation, body.required(), Docstrings.text(body.docs()),
          content.type(), Optional.empty()));
    }
    List<Argument> fields = new ArrayList<>();
    for (Property property : object.get().properties()) {
      if (property.readOnly()) {
        continue;
      }
      String name = PythonSymbols.unique(taken, PythonSymbols.parameter(property.name()));
      PyType annotation = types.type(property.type(), Use.ARGUMENT, scope);
      String doc = Docstrings.parameter(property.docs(), property.defaultValue());
      fields.add(new Argument(name, property.name().wire(), Location.FIELD, annotation,
          body.required() && property.required(), doc, property.type(), property.docs().example()));
    }
    return fields;
  }

  /** The object whose properties become keyword arguments, for JSON, form and multipart bodies. */
  Optional<TypeDecl.ObjectType> flattened(BodyContent content) {
    if (content.kind() != MediaKind.JSON && content.kind() != MediaKind.FORM && content.kind() != MediaKind.MULTIPART) {
      return Optional.empty();
    }
    return content.type() instanceof TypeRef.Named named
        ? types.decl(named.id()).filter(TypeDecl.ObjectType.class::isInstance).map(TypeDecl.ObjectType.class::cast)
        : Optional.empty();
  }

  /** Whether the operation's method returns a plain value, so a raw-response variant makes sense. */
  static boolean hasRawResponse(Operation operation) {
    Shape shape = shape(operation, operation.successResponse().flatMap(Response::content));
    return shape == Shape.VALUE || shape == Shape.NONE;
  }

  private static Shape shape(Operation operation, Optional<Response.ResponseContent> content) {
    if (content.isEmpty()) {
      return Shape.NONE;
    }
    return switch (content.get().kind()) {
      case EVENT_STREAM -> Shape.EVENTS;
      case BINARY -> Shape.BINARY;
      case JSON -> operation.pagination().isPresent() ? Shape.PAGER : Shape.VALUE;
      default -> Shape.VALUE;
    };
  }

  private PyType result(Operation operation, Optional<Response.ResponseContent> content, Shape shape) {
    return switch (shape) {
      case NONE -> PyType.of("None");
      case BINARY -> PyType.of("");
      case PAGER -> types.type(operation.pagination().orElseThrow().itemType(), Use.RESULT, scope);
      case EVENTS -> types.type(content.orElseThrow().type(), Use.RESULT, scope);
      case VALUE -> content.orElseThrow().kind() == MediaKind.JSON
          ? types.type(content.get().type(), Use.RESULT, scope)
          : PyType.of("str");
    };
  }
}
