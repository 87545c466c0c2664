package dev.switchboard.typescript;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.ExampleValue;
import dev.switchboard.core.plan.ResourceTree;
import dev.switchboard.core.plan.TreeRoute;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a README calls an operation of the tree, from its route: the heading names the keys
 * ({@code client.messages(sid).fetch}), the example passes the path parameters' examples in path
 * order ({@code client.messages('SM…').fetch}), after the one a shortcut leaves to the client.
 */
final class TreeCalls {
  private final ResourceTree tree;
  private final TreeNames names;
  private final TsExamples examples;

  TreeCalls(ResourceTree tree, TreeNames names, TsExamples examples) {
    this.tree = tree;
    this.names = names;
    this.examples = examples;
  }

  ReadmeFile.Printed printed(ResourceFile.MethodModel method) {
    String operation = method.operation.id();
    TreeRoute route = tree.route(operation).orElseThrow();
    Map<String, ResourceFile.MethodModel.Param> held = method.params().stream().filter(p -> p.held())
        .collect(Collectors.toMap(p -> p.parameter().orElseThrow().name().wire(), p -> p));
    List<String> order = ResourceFile.MethodModel.pathOrder(method.operation);
    Iterator<String> path = order.subList(route.defaulted() ? 1 : 0, order.size()).iterator();
    StringBuilder heading = new StringBuilder("client");
    List<String> written = new ArrayList<>();
    for (int i = 0; i < route.steps().size(); i++) {
      TreeRoute.Step step = route.steps().get(i);
      String member = i > 0 ? names.member(step.node())
          : route.defaulted() ? names.shortcuts().get(step.node()) : names.roots().get(step.node());
      heading.append('.').append(member);
      written.add("." + member);
      if (step.called() && path.hasNext()) {
        String wire = path.next();
        heading.append('(').append(TsSymbols.binding(Name.of(wire).words())).append(')');
        written.add("(" + value(held.get(wire)) + ")");
      }
    }
    String name = names.method(operation);
    written.add("." + name);
    return new ReadmeFile.Printed(heading + "." + name, written, method);
  }

  private String value(ResourceFile.MethodModel.Param param) {
    Optional<ExampleValue> example = param == null ? Optional.empty() : param.example();
    return example.map(examples::inline).orElse("'...'");
  }
}
