package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.ir.Response;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.Result;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A resource's operations with the Java names and types its service and endpoints share. */
final class ResourceModel {
  private static final Set<String> RESERVED = reserved();

  /** One operation: its method name, inputs and what it returns. */
  record Method(Operation operation, String name, OperationInputs inputs, TypeName result, MediaKind kind, TypeName pageItem,
      PlanOperation planned) {
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
  }

  private final Resource resource;
  private final List<Method> methods;
  private final boolean mentionsDeprecated;

  ResourceModel(Resource resource, Plan plan, JavaTypes types) {
    this.resource = resource;
    Map<Operation, String> names =
        JavaSymbols.members(resource.operations(), op -> plan.operation(op.id()).method(), RESERVED);
    List<Method> list = new ArrayList<>();
    boolean deprecated = false;
    for (Operation op : resource.operations()) {
      Optional<Response.ResponseContent> content = op.successResponse().flatMap(Response::content);
      MediaKind kind = content.map(Response.ResponseContent::kind).orElse(null);
      PlanOperation planned = plan.operation(op.id());
      TypeName pageItem = planned.result() instanceof Result.Paged paged ? types.boxed(paged.itemType()) : null;
      list.add(new Method(op, names.get(op), OperationInputs.of(op, planned, types), result(content, types), kind,
          pageItem, planned));
      deprecated |= mentionsDeprecated(op, types);
    }
    this.methods = List.copyOf(list);
    this.mentionsDeprecated = deprecated;
  }

  private static Set<String> reserved() {
    Set<String> names = new HashSet<>(JavaNames.OBJECT_MEMBERS);
    names.add("withRawResponse");
    return Set.copyOf(names);
  }

  private static TypeName result(Optional<Response.ResponseContent> content, JavaTypes types) {
    if (content.isEmpty()) {
      return ClassName.get(Void.class);
    }
    switch (content.get().kind()) {
      case JSON:
        return types.boxed(content.get().type());
      case BINARY:
        return ClassName.get(InputStream.class);
      case EVENT_STREAM:
        TypeName event = types.boxed(content.get().type());
        return ParameterizedTypeName.get(types.symbols().core("EventStream"), event instanceof ClassName ? event : JavaTypes.JSON_NODE);
      default:
        return ClassName.get(String.class);
    }
  }

  private static boolean mentionsDeprecated(Operation op, JavaTypes types) {
    return op.parameters().stream().anyMatch(p -> types.mentionsDeprecated(p.type()))
        || op.body().map(b -> types.mentionsDeprecated(b.preferred().type())).orElse(false)
        || op.responses().stream().anyMatch(r -> r.content().map(c -> types.mentionsDeprecated(c.type())).orElse(false))
        || op.pagination().map(p -> types.mentionsDeprecated(p.itemType())).orElse(false);
  }

  Resource resource() {
    return resource;
  }

  List<Method> methods() {
    return methods;
  }

  boolean mentionsDeprecated() {
    return mentionsDeprecated;
  }
}
