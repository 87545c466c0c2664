package dev.switchboard.core.plan;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.PathRole;
import dev.switchboard.core.naming.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Builds the {@link ResourceTree} of an API whose spec declares path roles. Each path is a list or
 * an instance, as the spec says or, for a path it says nothing of, as its shape says (an instance
 * ends with a parameter). A resource's parent is the resource its path continues: a parameter
 * before its last segment makes it a child of that member ({@code /Accounts/{AccountSid}/Messages}),
 * a literal a child of that collection ({@code /Calls/FeedbackSummary}); literals above the first
 * parameter (a version, a product prefix) are not resources. Paths that fit no tree shape stay out.
 */
final class ResourceTrees {
  private static final Pattern FORMAT = Pattern.compile("[.](json|xml|csv)$");
  private static final String ROOT = "";

  /** A node being built: the literal path segments of its id, and what the operations told. */
  private static final class Draft {
    final List<String> segments;
    final List<String> collection = new ArrayList<>();
    final List<String> instance = new ArrayList<>();
    final List<String> bound;
    Optional<String> key = Optional.empty();
    Optional<Name> mountName = Optional.empty();
    String parent = ROOT;
    boolean underInstance;

    Draft(List<String> segments) {
      this.segments = List.copyOf(segments);
      this.bound = segments.stream().filter(ResourceTrees::isParameter).map(ResourceTrees::name).toList();
    }
  }

  private final Map<String, Draft> drafts = new TreeMap<>();

  private ResourceTrees() {}

  static ResourceTree of(Api api, Function<String, Optional<PlanOperation>> planned) {
    if (api.operations().noneMatch(o -> o.role().isPresent())) {
      return ResourceTree.NONE;
    }
    ResourceTrees trees = new ResourceTrees();
    api.operations().forEach(trees::add);
    List.copyOf(trees.drafts.values()).forEach(trees::attach);
    return trees.tree(planned);
  }

  private void add(Operation operation) {
    List<String> segments = segments(operation.path());
    if (segments.isEmpty()) {
      return;
    }
    boolean endsWithParameter = isParameter(segments.get(segments.size() - 1));
    PathRole.Kind kind = operation.role().map(PathRole::kind)
        .orElse(endsWithParameter ? PathRole.Kind.INSTANCE : PathRole.Kind.LIST);
    boolean keyed = kind == PathRole.Kind.INSTANCE && endsWithParameter;
    List<String> own = keyed ? segments.subList(0, segments.size() - 1) : segments;
    if (own.isEmpty() || isParameter(own.get(own.size() - 1))) {
      return;
    }
    Draft draft = drafts.computeIfAbsent(skeleton(own), id -> new Draft(own));
    // An instance path without a key to bind (Twilio's POST /v2/Voice/Reports) is called on the collection.
    (keyed ? draft.instance : draft.collection).add(operation.id());
    if (keyed && draft.key.isEmpty()) {
      draft.key = Optional.of(name(segments.get(segments.size() - 1)));
    }
    if (draft.mountName.isEmpty()) {
      draft.mountName = operation.role().flatMap(PathRole::mountName);
    }
  }

  /** Finds (or makes, for a path only its children have) the parent of {@code draft}. */
  private void attach(Draft draft) {
    List<String> above = draft.segments.subList(0, draft.segments.size() - 1);
    if (above.stream().noneMatch(ResourceTrees::isParameter)) {
      return;
    }
    String last = above.get(above.size() - 1);
    draft.underInstance = isParameter(last);
    List<String> owner = draft.underInstance ? above.subList(0, above.size() - 1) : above;
    Draft parent = drafts.get(skeleton(owner));
    if (parent == null) {
      parent = new Draft(owner);
      drafts.put(skeleton(owner), parent);
      attach(parent);
    }
    if (draft.underInstance && parent.key.isEmpty()) {
      parent.key = Optional.of(name(last));
    }
    draft.parent = skeleton(owner);
  }

  private ResourceTree tree(Function<String, Optional<PlanOperation>> planned) {
    Map<String, Name> names = names();
    Map<String, Name> types = types(names);
    List<TreeNode> nodes = new ArrayList<>();
    for (Map.Entry<String, Draft> entry : drafts.entrySet()) {
      Draft d = entry.getValue();
      // A keyed node prints its collection and its instance as two classes; a singleton as one.
      List<String> all = new ArrayList<>(d.collection);
      all.addAll(d.instance);
      MethodNames collection = new MethodNames(planned, d.key.isEmpty() ? all : d.collection);
      MethodNames instance = new MethodNames(planned, d.key.isEmpty() ? all : d.instance);
      nodes.add(new TreeNode(entry.getKey(), names.get(entry.getKey()), types.get(entry.getKey()), d.bound, d.key,
          collection.of(d.collection), instance.of(d.instance), children(entry.getKey(), true, names),
          children(entry.getKey(), false, names)));
    }
    List<String> roots = children(ROOT, false, names);
    return new ResourceTree(roots, shortcuts(roots, names, planned), nodes);
  }

  /** Each node's member name, unique among its siblings (a number added to a repeated one). */
  private Map<String, Name> names() {
    Map<String, Name> names = new LinkedHashMap<>();
    Map<String, Set<String>> taken = new LinkedHashMap<>();
    for (Map.Entry<String, Draft> entry : drafts.entrySet()) {
      Draft d = entry.getValue();
      Name base = d.mountName.orElseGet(() -> Name.of(d.segments.get(d.segments.size() - 1)));
      Set<String> siblings = taken.computeIfAbsent(d.parent + (d.underInstance ? "#" : "/"), k -> new HashSet<>());
      Name chosen = base;
      for (int n = 2; !siblings.add(chosen.key()); n++) {
        chosen = base.withSuffix(n);
      }
      names.put(entry.getKey(), chosen);
    }
    return names;
  }

  /**
   * Each node's class name: its member name's last word made singular ({@code messages} gives
   * {@code message}), led by its ancestors' when another node took it ({@code message_media}),
   * shallow nodes first so that the short name goes to the resource nearest the client.
   */
  private Map<String, Name> types(Map<String, Name> names) {
    List<String> ids = new ArrayList<>(drafts.keySet());
    ids.sort(Comparator.comparing((String id) -> drafts.get(id).segments.size()).thenComparing(id -> id));
    Set<String> taken = new HashSet<>();
    Map<String, Name> types = new LinkedHashMap<>();
    for (String id : ids) {
      List<String> words = new ArrayList<>();
      Name chosen = null;
      for (String at = id; chosen == null && at != null; at = parentOf(at)) {
        words.addAll(0, singular(names.get(at).words()));
        Name candidate = new Name(words, String.join("_", words));
        chosen = taken.add(candidate.key()) ? candidate : null;
      }
      for (int n = 2; chosen == null; n++) {
        Name numbered = new Name(words, String.join("_", words)).withSuffix(n);
        chosen = taken.add(numbered.key()) ? numbered : null;
      }
      types.put(id, chosen);
    }
    return types;
  }

  /** The id of a node's parent; null for a root. */
  private String parentOf(String id) {
    String parent = drafts.get(id).parent;
    return ROOT.equals(parent) ? null : parent;
  }

  private static List<String> singular(List<String> words) {
    List<String> singular = new ArrayList<>(words);
    singular.set(singular.size() - 1, Words.singular(singular.get(singular.size() - 1)));
    return singular;
  }

  /**
   * The names of one node's methods: each operation's planned name cut to its verb ({@code
   * list_sip} gives {@code list}) where that stays unique on the class, else the planned name.
   */
  private static final class MethodNames {
    private final Function<String, Optional<PlanOperation>> planned;
    private final Set<String> repeated = new HashSet<>();

    /** Names for the methods of one class: {@code operations} are all that class has. */
    MethodNames(Function<String, Optional<PlanOperation>> planned, List<String> operations) {
      this.planned = planned;
      Set<String> verbs = new HashSet<>();
      operations.stream().map(this::verb).filter(v -> !verbs.add(v)).forEach(repeated::add);
    }

    List<TreeMethod> of(List<String> operations) {
      return operations.stream().map(id -> new TreeMethod(name(id), id)).toList();
    }

    private Name name(String operation) {
      Name full = planned(operation);
      String verb = verb(operation);
      return repeated.contains(verb) ? full : new Name(List.of(verb), full.wire());
    }

    private String verb(String operation) {
      return planned(operation).words().get(0);
    }

    private Name planned(String operation) {
      return planned.apply(operation).map(PlanOperation::method).orElseGet(() -> Name.of(operation));
    }
  }

  private List<String> children(String parent, boolean underInstance, Map<String, Name> names) {
    return drafts.entrySet().stream()
        .filter(e -> e.getValue().parent.equals(parent) && e.getValue().underInstance == underInstance)
        .map(Map.Entry::getKey).sorted(Comparator.comparing((String id) -> names.get(id).key()).thenComparing(id -> id))
        .toList();
  }

  /** A root's members' children, on the client, when the root's key has a client default. */
  private List<ResourceTree.Shortcut> shortcuts(List<String> roots, Map<String, Name> names,
      Function<String, Optional<PlanOperation>> planned) {
    Set<String> taken = new HashSet<>();
    roots.forEach(root -> taken.add(names.get(root).key()));
    List<ResourceTree.Shortcut> shortcuts = new ArrayList<>();
    for (String root : roots) {
      for (String child : children(root, true, names)) {
        if (defaulted(drafts.get(child), planned) && taken.add(names.get(child).key())) {
          shortcuts.add(new ResourceTree.Shortcut(names.get(child), root, child));
        }
      }
    }
    return shortcuts;
  }

  /**
   * Whether a call may leave out the first path parameter a child's parent binds: asked of its first
   * operation, or of its first descendant's for a resource with none ({@code sip}).
   */
  private boolean defaulted(Draft child, Function<String, Optional<PlanOperation>> planned) {
    Optional<String> first = firstOperation(child);
    if (child.bound.isEmpty() || first.isEmpty()) {
      return false;
    }
    String parameter = child.bound.get(0);
    return first.flatMap(planned).stream().flatMap(op -> op.inputs().stream())
        .anyMatch(input -> input.location() == Input.Location.PATH && input.wire().equals(parameter)
            && input.defaultFrom().flatMap(CredentialDefault::option).isPresent());
  }

  private Optional<String> firstOperation(Draft draft) {
    Optional<String> own = java.util.stream.Stream.concat(draft.collection.stream(), draft.instance.stream()).findFirst();
    if (own.isPresent()) {
      return own;
    }
    String id = skeleton(draft.segments);
    return drafts.values().stream().filter(d -> d.parent.equals(id)).map(this::firstOperation).flatMap(Optional::stream)
        .findFirst();
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    if (!segments.isEmpty()) {
      int last = segments.size() - 1;
      segments.set(last, FORMAT.matcher(segments.get(last)).replaceFirst(""));
    }
    return segments;
  }

  private static String skeleton(List<String> segments) {
    StringBuilder id = new StringBuilder();
    segments.forEach(s -> id.append('/').append(isParameter(s) ? "{}" : s));
    return id.toString();
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static String name(String parameter) {
    return isParameter(parameter) ? parameter.substring(1, parameter.length() - 1) : null;
  }
}
