package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The client as a tree of resources, for APIs whose spec declares one (Twilio's {@code pathType}):
 * {@code client.accounts("AC…").messages("SM…").media.list()}. Calling a resource binds its key, so a
 * path parameter is given once, to the resource it names. {@code roots} are the client's own
 * resources; {@code shortcuts} reach a root's children straight from the client when the root's key
 * has a default ({@code client.messages} is {@code client.accounts(<the account of the
 * credentials>).messages}). Nodes are referred to by id. Empty for an API without a declared tree.
 */
@JsonPropertyOrder({"roots", "shortcuts", "nodes"})
public record ResourceTree(List<String> roots, List<Shortcut> shortcuts, List<TreeNode> nodes) {
  public static final ResourceTree NONE = new ResourceTree(List.of(), List.of(), List.of());

  /** {@code client.<name>} is {@code client.<via>(default).<name>}: {@code target} is the child's id. */
  @JsonPropertyOrder({"name", "via", "target"})
  public record Shortcut(Name name, String via, String target) {
    public Shortcut {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(via, "via == null");
      Objects.requireNonNull(target, "target == null");
    }
  }

  public ResourceTree {
    roots = List.copyOf(roots);
    shortcuts = List.copyOf(shortcuts);
    nodes = List.copyOf(nodes);
  }

  @JsonIgnore
  public boolean isEmpty() {
    return nodes.isEmpty();
  }

  /** The node with {@code id}. */
  public TreeNode node(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("no tree node " + id));
  }

  public Optional<TreeNode> find(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  /** Nodes by id, for lookups while printing. */
  @JsonIgnore
  public Map<String, TreeNode> byId() {
    Map<String, TreeNode> byId = new LinkedHashMap<>();
    nodes.forEach(n -> byId.put(n.id(), n));
    return byId;
  }

  /** Whether a resource of the tree calls {@code operation}: then the tree, not a flat resource, prints it. */
  public boolean covers(String operation) {
    return nodes.stream().anyMatch(n -> n.calls(operation));
  }

  /**
   * What a flat resource of the client keeps of {@code resource}: the operations no node calls;
   * empty when the tree calls them all, and the client has no such member.
   */
  public Optional<Resource> flat(Resource resource) {
    List<Operation> left = resource.operations().stream().filter(op -> !covers(op.id())).toList();
    return left.isEmpty() ? Optional.empty() : Optional.of(new Resource(resource.name(), resource.docs(), left));
  }

  /** The resource whose children include {@code id}; empty for a root. */
  public Optional<TreeNode> parent(String id) {
    return nodes.stream().filter(n -> n.instanceChildren().contains(id) || n.collectionChildren().contains(id))
        .findFirst();
  }

  /** How a caller reaches {@code operation}, through a shortcut where one leads to it. */
  public Optional<TreeRoute> route(String operation) {
    Optional<TreeNode> owner = nodes.stream().filter(n -> n.calls(operation)).findFirst();
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    TreeNode node = owner.get();
    boolean onInstance = node.instance().stream().anyMatch(m -> m.operation().equals(operation)) && node.key().isPresent();
    List<TreeNode> chain = new java.util.ArrayList<>(List.of(node));
    for (Optional<TreeNode> up = parent(node.id()); up.isPresent(); up = parent(up.get().id())) {
      chain.add(0, up.get());
    }
    List<TreeRoute.Step> steps = new java.util.ArrayList<>();
    for (int i = 0; i < chain.size(); i++) {
      TreeNode step = chain.get(i);
      boolean called = i + 1 < chain.size() ? step.instanceChildren().contains(chain.get(i + 1).id()) : onInstance;
      steps.add(new TreeRoute.Step(step.id(), step.name(), called));
    }
    Name method = java.util.stream.Stream.concat(node.collection().stream(), node.instance().stream())
        .filter(m -> m.operation().equals(operation)).findFirst().orElseThrow().name();
    boolean shortcut = chain.size() > 1 && shortcuts.stream()
        .anyMatch(s -> s.via().equals(chain.get(0).id()) && s.target().equals(chain.get(1).id()));
    return Optional.of(new TreeRoute(shortcut ? steps.subList(1, steps.size()) : steps, method, shortcut));
  }
}
