package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.ir.Name;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource of the client's tree ({@link ResourceTree}): {@code client.accounts("AC…").messages("SM…")}.
 * {@code id} is its list path with parameters as {@code {}} ({@code /2010-04-01/Accounts/{}/Messages});
 * {@code name} its member name on its parent; {@code type} the name its classes are named after,
 * unique in the tree ({@code message}, {@code message_media}); {@code bound} the path parameters its ancestors bind, in
 * path order, as its own paths spell them; {@code key} the path parameter calling it binds (absent for a
 * singleton); {@code collection} the methods of the collection ({@code list}, {@code create}),
 * {@code instance} those of one member ({@code fetch}, {@code update}, {@code delete}); a resource
 * without a key has both on one class, so their names are unique together;
 * {@code instanceChildren} the resources below one member, {@code collectionChildren} those beside the
 * collection ({@code calls.feedback_summaries}), by id, sorted by name.
 */
@JsonPropertyOrder({"id", "name", "type", "bound", "key", "collection", "instance", "instanceChildren", "collectionChildren"})
public record TreeNode(String id, Name name, Name type, List<String> bound, Optional<String> key,
    List<TreeMethod> collection, List<TreeMethod> instance, List<String> instanceChildren, List<String> collectionChildren) {
  public TreeNode {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(key, "key == null");
    bound = List.copyOf(bound);
    collection = List.copyOf(collection);
    instance = List.copyOf(instance);
    instanceChildren = List.copyOf(instanceChildren);
    collectionChildren = List.copyOf(collectionChildren);
  }

  /**
   * Whether the collection side has anything to reach: a resource without a key always does (it is
   * the resource); a keyed one only with methods or children of its own, else its members are all
   * there is and a language that reaches them by a separate accessor prints no collection class.
   */
  public boolean hasCollection() {
    return key.isEmpty() || !collection.isEmpty() || !collectionChildren.isEmpty();
  }

  /** Whether one of its methods calls {@code operation}. */
  public boolean calls(String operation) {
    return java.util.stream.Stream.concat(collection.stream(), instance.stream())
        .anyMatch(m -> m.operation().equals(operation));
  }
}
