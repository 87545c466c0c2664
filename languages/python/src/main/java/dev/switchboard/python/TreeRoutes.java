package dev.switchboard.python;

import dev.switchboard.core.plan.CredentialDefault;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.ResourceTree;
import dev.switchboard.core.plan.TreeNode;
import dev.switchboard.core.plan.TreeRoute;
import dev.switchboard.python.view.ReadmeView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How README examples reach an operation through the tree, in Python: {@code client.messages("SM…")}
 * (the plan's {@link TreeRoute}, each called step given the next path parameter's example).
 */
final class TreeRoutes {
  /**
   * {@code heading} names the keys ({@code client.messages(sid)}), {@code code} gives their
   * examples; {@code variable} names the resource where an example keeps it in one.
   */
  record Access(String heading, String code, String variable) {}

  /** Names README examples use besides the resource's. */
  private static final Set<String> EXAMPLE_NAMES = Set.of("client", "result", "deleted", "item",
      "event", "response", "content", "error", "os");

  private final Plan plan;
  private final TreeNames names;
  private final PyExamples examples;

  TreeRoutes(Plan plan, TreeNames names, PyExamples examples) {
    this.plan = plan;
    this.names = names;
    this.examples = examples;
  }

  /** The resource that calls {@code operation}, reached from {@code client}; empty when no resource does. */
  Optional<Access> access(String operation, int indent) {
    Optional<TreeRoute> found = plan.tree().route(operation);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    TreeRoute route = found.get();
    List<Input> path = new ArrayList<>(plan.operation(operation).inputs(Input.Location.PATH));
    if (route.defaulted()) {
      path.remove(0);
    }
    StringBuilder heading = new StringBuilder("client");
    StringBuilder code = new StringBuilder("client");
    for (int i = 0; i < route.steps().size(); i++) {
      TreeRoute.Step step = route.steps().get(i);
      String member = i == 0 && route.defaulted() ? names.shortcut(step.node()) : names.member(step.node());
      heading.append('.').append(member);
      code.append('.').append(member);
      if (step.called()) {
        heading.append('(').append(names.node(step.node()).key().orElseThrow()).append(')');
        Input key = path.remove(0);
        code.append('(').append(key.example().map(e -> examples.of(e, indent + 4, "")).orElse("\"...\"")).append(')');
      }
    }
    String last = route.steps().get(route.steps().size() - 1).node();
    String variable = PythonSymbols.snake(plan.tree().node(last).type().words());
    return Optional.of(new Access(heading.toString(), code.toString(),
        EXAMPLE_NAMES.contains(variable) ? "resource" : variable));
  }

  /** A shortcut of the client, as the README explains it: which resource it stands for, and who gives the key. */
  Optional<ReadmeView.Shortcut> shortcut() {
    // One to a keyed resource shows most: client.messages and client.messages("SM…").
    return names.shortcuts().entrySet().stream()
        .sorted(Comparator.comparing(e -> plan.tree().node(e.getKey().target()).key().isEmpty()))
        .findFirst().map(entry -> {
      ResourceTree.Shortcut shortcut = entry.getKey();
      String key = names.node(shortcut.via()).key().orElseThrow();
      String full = "client." + names.member(shortcut.via()) + "(" + key + ")." + names.member(shortcut.target());
      TreeNode target = plan.tree().node(shortcut.target());
      Optional<String> option = Stream.concat(target.collection().stream(), target.instance().stream())
          .flatMap(m -> plan.operation(m.operation()).inputs().stream())
          .flatMap(i -> i.defaultFrom().flatMap(CredentialDefault::option).stream()).findFirst()
          .map(PythonSymbols::parameter);
      return new ReadmeView.Shortcut(entry.getValue(), full, key, option.orElse(null));
    });
  }
}
