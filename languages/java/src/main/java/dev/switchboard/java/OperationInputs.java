package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.switchboard.core.ir.BodyContent;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.plan.CredentialDefault;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.Result;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller passes to one operation, with Java names: its parameters and its body, whose
 * properties are flattened into the params builder when the body is an object.
 */
final class OperationInputs {
  static final Set<String> RESERVED = reserved();

  /** A path, query, header or cookie parameter. */
  record Param(Parameter parameter, String name, boolean required, TypeName type, boolean deprecated,
      Optional<CredentialDefault> defaultFrom) {
    TypeName getterType() {
      return required() ? (type.isBoxedPrimitive() ? type.unbox() : type) : JavaTypesSupport.optional(type);
    }

    TypeName setterType() {
      return type.isBoxedPrimitive() ? type.unbox() : type;
    }
  }

  /** The request body: its content, its Java type, and its properties when flattened. */
  record Body(BodyContent content, String name, TypeName type, boolean required, Optional<ClassName> model,
      List<ModelProperty> properties, List<String> propertyNames) {
    boolean flattened() {
      return model.isPresent();
    }

    boolean binary() {
      return content.kind() == MediaKind.BINARY;
    }

    TypeName getterType() {
      return required ? type : JavaTypesSupport.optional(type);
    }
  }

  /**
   * One input of a group a call must give one of: its builder name, and for a body property the
   * body model's getter that tells whether it was set.
   */
  record Member(String name, Optional<String> bodyGetter) {}

  private final List<Param> params;
  private final List<Param> bound;
  private final Optional<Body> body;
  private final Optional<String> itemLimit;
  private final List<List<Member>> groups;

  private OperationInputs(List<Param> params, List<Param> bound, Optional<Body> body, Optional<String> itemLimit,
      List<List<Member>> groups) {
    this.params = params;
    this.bound = bound;
    this.body = body;
    this.itemLimit = itemLimit;
    this.groups = groups;
  }

  private static Set<String> reserved() {
    Set<String> names = new HashSet<>(JavaNames.OBJECT_MEMBERS);
    names.addAll(Set.of("builder", "toBuilder", "build", "Builder", "bodySet"));
    return Set.copyOf(names);
  }

  /**
   * The plan's inputs with Java names. Parameters keep the spec's order (they are builder setters,
   * not positional arguments); body properties are the plan's fields, with their model's names.
   */
  static OperationInputs of(Operation operation, PlanOperation planned, JavaTypes types) {
    return of(operation, planned, types, 0);
  }

  /**
   * As {@link #of(Operation, PlanOperation, JavaTypes)}, but the first {@code boundCount} path
   * parameters, in path order, are not inputs: a resource of the tree holds their values.
   */
  static OperationInputs of(Operation operation, PlanOperation planned, JavaTypes types, int boundCount) {
    SymbolTable.Scope scope = types.symbols().newScope().reserve(RESERVED);
    // The plan lists path inputs in path order.
    List<Input> held = planned.inputs(Input.Location.PATH).subList(0, boundCount);
    Map<Input, Param> byInput = new LinkedHashMap<>();
    Map<Input, Param> bound = new LinkedHashMap<>();
    for (Parameter parameter : operation.parameters()) {
      Input input = input(planned, parameter);
      if (held.contains(input)) {
        bound.put(input, new Param(parameter, JavaSymbols.member(input.name()), true, types.boxed(parameter.type()),
            input.deprecated(), input.defaultFrom()));
        continue;
      }
      String name = JavaSymbols.member(scope, NameKind.PARAMETER, input.name(), operation.source());
      byInput.put(input, new Param(parameter, name, input.required(), types.boxed(parameter.type()),
          input.deprecated(), input.defaultFrom()));
    }
    List<Param> params = List.copyOf(byInput.values());
    Optional<Body> body = planned.body().map(plannedBody -> body(operation, planned, plannedBody, scope, types));
    Optional<String> itemLimit = planned.result() instanceof Result.Paged paged
        ? Optional.of(JavaSymbols.member(scope, NameKind.PARAMETER, paged.itemLimit(), operation.source()))
        : Optional.empty();
    List<List<Member>> groups = planned.requireOneOf().stream()
        .map(group -> planned.group(group).stream().map(input -> member(input, byInput, body)).toList()).toList();
    return new OperationInputs(params, held.stream().map(bound::get).toList(), body, itemLimit, groups);
  }

  /** The plan's groups name parameters and flattened body properties, never a whole body. */
  private static Member member(Input input, Map<Input, Param> params, Optional<Body> body) {
    if (input.location() == Input.Location.BODY_FIELD) {
      Body fields = body.orElseThrow();
      for (int i = 0; i < fields.properties().size(); i++) {
        if (fields.properties().get(i).wire().equals(input.wire())) {
          return new Member(fields.propertyNames().get(i), Optional.of(fields.properties().get(i).name()));
        }
      }
    }
    return new Member(params.get(input).name(), Optional.empty());
  }

  /** Groups of inputs of which a call must give at least one. */
  List<List<Member>> groups() {
    return groups;
  }

  private static Input input(PlanOperation planned, Parameter parameter) {
    return planned.inputs().stream()
        .filter(i -> i.wire().equals(parameter.name().wire()) && i.location().name().equals(parameter.location().name()))
        .findFirst().orElseThrow();
  }

  private static Body body(Operation operation, PlanOperation planned, PlanOperation.BodyPlan plannedBody, SymbolTable.Scope scope,
      JavaTypes types) {
    BodyContent content = operation.body().orElseThrow().preferred();
    Optional<TypeDecl> decl = plannedBody.flattened() ? types.declaration(plannedBody.type()) : Optional.empty();
    List<ModelProperty> properties = List.of();
    List<String> names = new ArrayList<>();
    if (decl.isPresent()) {
      List<Input> fields = planned.inputs(Input.Location.BODY_FIELD);
      List<ModelProperty> all = new ModelGenerator(types).properties((TypeDecl.ObjectType) decl.get());
      properties = all.stream().filter(p -> fields.stream().anyMatch(f -> f.wire().equals(p.wire()))).toList();
      for (ModelProperty property : properties) {
        Input field = fields.stream().filter(f -> f.wire().equals(property.wire())).findFirst().orElseThrow();
        boolean renamed = !field.name().key().equals(property.property().name().key());
        names.add(renamed ? JavaSymbols.member(scope, NameKind.PARAMETER, field.name(), operation.source())
            : scope.claim(NameKind.PARAMETER, property.name(), new SymbolTable.Source(property.wire(), operation.source())));
      }
    }
    String name = scope.claimGenerated(NameKind.PARAMETER, scope.isTaken("body") ? "requestBody" : "body");
    TypeName type = content.kind() == MediaKind.BINARY ? types.symbols().core("UploadFile")
        : content.kind() == MediaKind.TEXT ? TypeName.get(String.class) : types.boxed(content.type());
    Optional<ClassName> model = decl.map(d -> types.symbols().type(d));
    return new Body(content, name, type, plannedBody.required(), model, properties, names);
  }

  List<Param> params() {
    return params;
  }

  /** The path parameters a resource of the tree holds the values of, in path order; empty for a flat resource. */
  List<Param> bound() {
    return bound;
  }

  Optional<Body> body() {
    return body;
  }

  /** The builder setter capping how many items iterating a paged result yields, for paged methods. */
  Optional<String> itemLimit() {
    return itemLimit;
  }

  /** True when a caller may leave everything unset. */
  boolean allOptional() {
    return params.stream().noneMatch(Param::required) && body.map(b -> !b.required()).orElse(true);
  }

  boolean isEmpty() {
    return params.isEmpty() && body.isEmpty() && itemLimit.isEmpty();
  }
}
