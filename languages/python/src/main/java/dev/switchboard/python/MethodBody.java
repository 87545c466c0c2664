package dev.switchboard.python;

import dev.switchboard.core.ir.DateTimeFormat;
import dev.switchboard.python.OperationPlan.Argument;
import dev.switchboard.python.OperationPlan.Location;
import java.util.ArrayList;
import java.util.List;

/** The body of a resource method: a call into the core with the arguments grouped by location. */
final class MethodBody {
  private static final int INDENT = 8;

  private final Imports imports;
  private final OperationPlan plan;
  private final boolean async;

  MethodBody(Imports imports, OperationPlan plan, boolean async) {
    this.imports = imports;
    this.plan = plan;
    this.async = async;
  }

  String render() {
    return checks() + call();
  }

  /** One {@code require_one_of(...)} line per group of arguments the call must give one of. */
  private String checks() {
    StringBuilder out = new StringBuilder();
    for (List<String> group : plan.requireOneOf()) {
      imports.name(".._types", "require_one_of");
      List<String> args = new ArrayList<>();
      args.add(PyText.literal(String.join(", ", group)));
      args.addAll(group);
      out.append(PyCode.wrap(INDENT, "require_one_of(", args, ")", 0)).append('\n').append(" ".repeat(INDENT));
    }
    return out.toString();
  }

  private String call() {
    imports.name(".._params", "Params");
    String await = async ? "await " : "";
    return switch (plan.shape()) {
      case VALUE, NONE, DELETED -> {
        imports.name("typing", "cast");
        yield cast(plan.result(), await + "self._core.request(", List.of("request_options", "self._raw"));
      }
      case PAGER -> {
        String pager = async ? "AsyncPager" : "SyncPager";
        String limit = plan.itemLimit().map(name -> "limit=" + name).orElseThrow();
        yield call(INDENT, "return " + pager + "(", List.of("self._core"), List.of("request_options", limit), 0);
      }
      case EVENTS -> {
        imports.name("typing", "cast");
        PyType stream = PyType.generic(async ? "AsyncStream" : "Stream", plan.result());
        yield cast(stream, await + "self._core.stream(", List.of("request_options"));
      }
      case BINARY -> call(INDENT, "return " + await + "self._core.binary(", List.of(), List.of("request_options"), 0);
    };
  }

  private String cast(PyType type, String open, List<String> after) {
    String call = call(INDENT + 4, open, List.of(), after, 1);
    return PyCode.wrap(INDENT, "return cast(", List.of(quoted(type.flat()), call), ")", 0);
  }

  /** The type as a string: its models are imported for type checkers only. */
  private static String quoted(String type) {
    return type.contains("\"") && !type.contains("'") ? "'" + type + "'" : PyText.literal(type);
  }

  /** {@code open} + leading arguments + endpoint constant + Params(...) + trailing arguments. */
  private String call(int indent, String open, List<String> before, List<String> after, int trailer) {
    List<String> args = new ArrayList<>(before);
    args.add(plan.constant());
    args.add(params(indent + 4));
    args.addAll(after);
    return PyCode.wrap(indent, open, args, ")", trailer);
  }

  private String params(int indent) {
    List<String> groups = new ArrayList<>();
    group(groups, indent, "path", Location.PATH);
    group(groups, indent, "query", Location.QUERY);
    group(groups, indent, "headers", Location.HEADER);
    group(groups, indent, "cookies", Location.COOKIE);
    group(groups, indent, "fields", Location.FIELD);
    plan.arguments().stream().filter(a -> a.location() == Location.BODY).findFirst()
        .ifPresent(body -> groups.add("body=" + body.name()));
    return PyCode.wrap(indent, "Params(", groups, ")", 1);
  }

  /** The argument as sent: date-times the spec writes in RFC 2822 are formatted so here. */
  private String value(Argument argument) {
    if (DateTimeFormat.of(argument.type()).orElse(DateTimeFormat.ISO_8601) != DateTimeFormat.RFC_2822) {
      return argument.name();
    }
    imports.name(".._models", "rfc2822");
    return "rfc2822(" + argument.name() + ")";
  }

  private void group(List<String> groups, int indent, String name, Location location) {
    List<String> entries = new ArrayList<>();
    if (location == Location.PATH) {
      // Values the resource of the tree holds, in the order it bound them.
      for (int i = 0; i < plan.bound().size(); i++) {
        entries.add(PyText.literal(plan.bound().get(i)) + ": self._path[" + i + "]");
      }
    }
    plan.arguments().stream().filter(a -> a.location() == location)
        .map(a -> PyText.literal(a.wire()) + ": " + value(a)).forEach(entries::add);
    if (!entries.isEmpty() || (location == Location.FIELD && plan.fieldBody())) {
      groups.add(PyCode.wrap(indent + 4, name + "={", entries, "}", 1));
    }
  }
}
