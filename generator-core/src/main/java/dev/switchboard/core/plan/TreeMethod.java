package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.ir.Name;
import java.util.Objects;

/**
 * A method of a {@link TreeNode}: {@code name} as it reads on the resource ({@code
 * client.messages.create}), {@code operation} the id of the planned operation it calls. The
 * operation's path parameters, in path order, take the values the resource's ancestors bound, then
 * its own key; a caller passes none of them again.
 */
@JsonPropertyOrder({"name", "operation"})
public record TreeMethod(Name name, String operation) {
  public TreeMethod {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(operation, "operation == null");
  }
}
