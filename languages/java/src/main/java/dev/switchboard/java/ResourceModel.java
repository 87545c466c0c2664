package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.Result;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A class's operations with the Java names and types it and its endpoints share: a flat resource or a class of the tree. */
final class ResourceModel {
  static final Set<String> RESERVED = reserved();

  /**
   * One operation: its plan, method name, inputs and the Java type of what it returns (for a paged
   * operation, one page's body).
   */
  record Method(Operation operation, PlanOperation planned, String name, OperationInputs inputs, TypeName result,
      TypeName pageItem) {
    boolean paged() {
      return pageItem != null;
    }

    String constant() {
      return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    boolean deprecated() {
      return operation.docs().deprecated();
    }

    boolean returnsNothing() {
      return result.equals(ClassName.get(Void.class));
    }

    /** Whether it returns whether the server deleted (a delete without a response body). */
    boolean tellsDeleted() {
      return planned.result() instanceof Result.Deleted;
    }

    /** What a blocking call returns: nothing for no body, a plain boolean for a delete, else the result. */
    TypeName blockingResult() {
      if (returnsNothing()) {
        return TypeName.VOID;
      }
      return tellsDeleted() ? TypeName.BOOLEAN : result;
    }
  }

  /** The classes a resource's operations are printed in: blocking, asynchronous, and their requests. */
  record Classes(ClassName service, ClassName asyncService, ClassName endpoints) {}

  /** An operation to print and how many of its path parameters, in path order, the class holds. */
  record Call(Operation operation, int bound) {}

  private final Classes classes;
  private final String docs;
  private final List<Method> methods;
  private final boolean mentionsDeprecated;

  /** A flat resource: its operations the tree does not call, named as the plan names them. */
  ResourceModel(Resource resource, Plan plan, JavaTypes types) {
    this(new Classes(types.symbols().service(resource), types.symbols().asyncService(resource),
            types.symbols().endpoints(resource)),
        Javadoc.orElse(resource.docs(), "Operations on {@code " + Javadoc.escape(resource.name().wire()) + "}."),
        names(resource, plan, types), plan, types);
  }

  /**
   * A class of the tree: {@code methods} are its method names by operation, in order; {@code docs}
   * its Javadoc.
   */
  ResourceModel(Classes classes, String docs, Map<Call, String> methods, Plan plan, JavaTypes types) {
    this.classes = classes;
    this.docs = docs;
    List<Method> list = new ArrayList<>();
    boolean deprecated = false;
    for (Map.Entry<Call, String> entry : methods.entrySet()) {
      Operation op = entry.getKey().operation();
      PlanOperation planned = plan.operation(op.id());
      TypeName pageItem = planned.result() instanceof Result.Paged paged ? types.boxed(paged.itemType()) : null;
      list.add(new Method(op, planned, entry.getValue(), OperationInputs.of(op, planned, types, entry.getKey().bound()),
          result(planned.result(), types), pageItem));
      deprecated |= mentionsDeprecated(op, types);
    }
    this.methods = List.copyOf(list);
    this.mentionsDeprecated = deprecated;
  }

  private static Map<Call, String> names(Resource resource, Plan plan, JavaTypes types) {
    List<Operation> flat = plan.tree().flat(resource).map(Resource::operations).orElse(List.of());
    Map<Operation, String> names =
        types.symbols().members(NameKind.OPERATION, flat, op -> plan.operation(op.id()).method(),
            Operation::source, RESERVED);
    Map<Call, String> calls = new LinkedHashMap<>();
    names.forEach((op, name) -> calls.put(new Call(op, 0), name));
    return calls;
  }

  private static Set<String> reserved() {
    Set<String> names = new HashSet<>(JavaNames.OBJECT_MEMBERS);
    names.add("withRawResponse");
    return Set.copyOf(names);
  }

  /** The plan's result shape as a Java type; a paged method's raw response is one page's body. */
  private static TypeName result(Result result, JavaTypes types) {
    if (result instanceof Result.Model model) {
      return types.boxed(model.type());
    }
    if (result instanceof Result.ListOf list) {
      return types.boxed(list.type());
    }
    if (result instanceof Result.Paged paged) {
      return types.boxed(paged.type());
    }
    if (result instanceof Result.Stream stream) {
      TypeName event = types.boxed(stream.eventType());
      return ParameterizedTypeName.get(types.symbols().core("EventStream"), event instanceof ClassName ? event : JavaTypes.JSON_NODE);
    }
    if (result instanceof Result.Binary) {
      return ClassName.get(InputStream.class);
    }
    if (result instanceof Result.Deleted) {
      return ClassName.get(Boolean.class);
    }
    return result instanceof Result.Text ? ClassName.get(String.class) : ClassName.get(Void.class);
  }

  private static boolean mentionsDeprecated(Operation op, JavaTypes types) {
    return op.parameters().stream().anyMatch(p -> types.mentionsDeprecated(p.type()))
        || op.body().map(b -> types.mentionsDeprecated(b.preferred().type())).orElse(false)
        || op.responses().stream().anyMatch(r -> r.content().map(c -> types.mentionsDeprecated(c.type())).orElse(false))
        || op.pagination().map(p -> types.mentionsDeprecated(p.itemType())).orElse(false);
  }

  Classes classes() {
    return classes;
  }

  /** The Javadoc of its classes. */
  String docs() {
    return docs;
  }

  List<Method> methods() {
    return methods;
  }

  boolean mentionsDeprecated() {
    return mentionsDeprecated;
  }
}
