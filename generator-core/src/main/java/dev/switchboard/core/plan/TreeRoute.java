package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.ir.Name;
import java.util.List;
import java.util.Objects;

/**
 * How a caller reaches an operation through the tree, shortest first:
 * {@code client.messages("SM…").fetch()} is the steps {@code messages} (called) and the method
 * {@code fetch}. A step that is called takes the next of the operation's path parameters, in path
 * order; {@code defaulted} says the first path parameter is left to the client (a shortcut), so the
 * steps take the ones after it. README examples and docs print operations this way.
 */
@JsonPropertyOrder({"steps", "method", "defaulted"})
public record TreeRoute(List<Step> steps, Name method, boolean defaulted) {
  /**
   * A member of the client or of the resource before it: the {@code node} (its id) reached as
   * {@code member}; {@code called} when the call binds a key.
   */
  @JsonPropertyOrder({"node", "member", "called"})
  public record Step(String node, Name member, boolean called) {
    public Step {
      Objects.requireNonNull(node, "node == null");
      Objects.requireNonNull(member, "member == null");
    }
  }

  public TreeRoute {
    steps = List.copyOf(steps);
    Objects.requireNonNull(method, "method == null");
  }
}
