package dev.switchboard.core.lower;

import dev.switchboard.core.config.NamingConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.spec.JsonPointers;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Visits every operation in spec order, naming it and handing it to its resource. */
final class PathWalker {
  private final OperationLowerer operations;
  private final Diagnostics diagnostics;
  private final UniqueNames names = new UniqueNames();
  private final Set<String> ids = new HashSet<>();
  private final Set<String> checkedTags = new HashSet<>();
  private final NamingConfig naming;

  PathWalker(OperationLowerer operations, NamingConfig naming, Diagnostics diagnostics) {
    this.operations = operations;
    this.naming = naming;
    this.diagnostics = diagnostics;
  }

  void walk(Paths paths, Resources resources) {
    if (paths == null) {
      return;
    }
    MethodNaming methods = MethodNaming.decide(naming, paths);
    paths.forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
      String pointer = JsonPointers.child("/paths", path) + "/" + method.name().toLowerCase(Locale.ROOT);
      String tagOrNoun = group(operation, path, pointer);
      Optional<String> operationId = Optional.ofNullable(operation.getOperationId()).filter(id -> !id.isBlank());
      String id = operationId.orElse(method.name() + " " + path);
      MethodNaming.Choice choice = methods.choose(id, operationId, method.name(), path, tagOrNoun, operation.getExtensions());
      resources.add(choice.group(), tagOrNoun, lower(choice.name(), path, method, item, operation, pointer), choice.local());
    }));
  }

  List<Operation> webhooks(Map<String, PathItem> webhooks) {
    List<Operation> result = new ArrayList<>();
    if (webhooks != null) {
      webhooks.forEach((name, item) -> item.readOperationsMap().forEach((method, operation) -> {
        String pointer = JsonPointers.child("/webhooks", name) + "/" + method.name().toLowerCase(Locale.ROOT);
        result.add(operations.lower(name, Name.of(name + " webhook"), name, method, item, operation, pointer));
      }));
    }
    return result;
  }

  private Operation lower(Name wanted, String path, PathItem.HttpMethod method, PathItem item,
      io.swagger.v3.oas.models.Operation operation, String pointer) {
    String operationId = operation.getOperationId();
    if (operationId != null) {
      NameChecks.checkLength("operationId", operationId, pointer + "/operationId", diagnostics);
    }
    Name name = names.claim(wanted);
    String id = operationId == null || operationId.isBlank() ? method.name() + " " + path : operationId;
    if (!ids.add(id)) {
      diagnostics.warning("duplicate-operation-id", pointer + "/operationId",
          "operationId '" + id + "' is used more than once; this one is named with a suffix", "give each operation a unique operationId");
      id = id + " (" + method.name() + " " + path + ")";
      ids.add(id);
    } else if (!name.equals(wanted)) {
      diagnostics.warning("name-collision", pointer + "/operationId",
          "operation name '" + wanted.key() + "' is also another operation's; this one gets a suffix",
          "rename one of the operations, or name it under naming.operations in switchboard.yaml");
    }
    return operations.lower(id, name, path, method, item, operation, pointer);
  }

  private String group(io.swagger.v3.oas.models.Operation operation, String path, String pointer) {
    if (operation.getTags() != null && !operation.getTags().isEmpty() && operation.getTags().get(0) != null) {
      String tag = operation.getTags().get(0);
      if (checkedTags.add(tag)) {
        NameChecks.check("tag", tag, pointer + "/tags/0", diagnostics);
      }
      return tag;
    }
    for (String segment : path.split("/")) {
      if (!segment.isBlank() && !segment.startsWith("{") && !segment.matches("v\\d+(\\.\\d+)*|\\d[\\d-]*")) {
        return segment;
      }
    }
    return "default";
  }
}
