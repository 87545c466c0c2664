import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a compiled Java SDK's surface back with reflection and compares it with the plan: the
 * client's resource accessors (for a spec with a resource tree, each class reached along it), each service's methods, each params builder's setters and whether
 * the params getter is an Optional (for body fields: whether the model's {@code @JsonProperty} says
 * required), each body field's wire name from that annotation, each method's result shape (its return type) and,
 * for paged results, the fields of its {@code Paging} constant in the service's Endpoints class.
 * Parameter wire names are not visible to reflection, so parameters are matched by their Java names.
 * Usage: java -cp SDK_JAR:DEPENDENCIES Surface.java PLAN_JSON CLIENT_CLASS
 */
@SuppressWarnings("unchecked")
public final class Surface {
  private final List<String> problems = new ArrayList<>();
  private int operations;
  private int inputs;
  private int pages;

  public static void main(String[] args) throws Exception {
    Surface surface = new Surface();
    surface.check(new ObjectMapper().readTree(new File(args[0])), Class.forName(args[1]));
    surface.problems.forEach(p -> System.out.println("surface: " + p));
    System.out.printf("surface: %d operations, %d inputs and %d paginations read from the SDK, %d differ from the plan%n",
        surface.operations, surface.inputs, surface.pages, surface.problems.size());
    System.exit(surface.problems.isEmpty() ? 0 : 1);
  }

  private void check(JsonNode plan, Class<?> client) throws Exception {
    Tree tree = new Tree(plan.path("tree"));
    for (JsonNode resource : plan.path("resources")) {
      List<JsonNode> flat = new ArrayList<>();
      for (JsonNode op : resource.get("operations")) {
        Optional<Tree.Owner> owner = tree.owner(op.get("id").asText());
        if (owner.isPresent()) {
          treeOperation(client, tree, owner.get(), op);
        } else {
          flat.add(op);
        }
      }
      if (flat.isEmpty()) {
        continue;
      }
      Optional<Method> accessor = method(client, camel(resource.get("name").get("words")));
      if (accessor.isEmpty()) {
        problems.add("resource " + resource.get("name").get("wire") + ": no accessor on " + client.getSimpleName());
        continue;
      }
      for (JsonNode op : flat) {
        operation(accessor.get().getReturnType(), op, op.get("method"), List.of());
      }
    }
  }

  /**
   * An operation of the tree: its class is reached from the client along the resources above it
   * (a shortcut leaving out the client's default root), each called with a key where the next one
   * hangs below a member; the path values they hold are not inputs of the method.
   */
  private void treeOperation(Class<?> client, Tree tree, Tree.Owner owner, JsonNode op) throws Exception {
    List<JsonNode> chain = tree.chain(owner.node());
    if (chain.size() > 1 && tree.shortcut(chain.get(0), chain.get(1))) {
      chain = chain.subList(1, chain.size());
    }
    Class<?> at = client;
    for (int i = 0; i < chain.size(); i++) {
      JsonNode step = chain.get(i);
      boolean called = i + 1 < chain.size() ? tree.belowMember(step, chain.get(i + 1)) : owner.member();
      Optional<Method> member = accessor(at, camel(step.get("name").get("words")), called);
      if (member.isEmpty()) {
        problems.add(op.get("id").asText() + ": no member " + camel(step.get("name").get("words")) + (called ? "(key)" : "()")
            + " on " + at.getSimpleName());
        return;
      }
      at = member.get().getReturnType();
    }
    operation(at, op, owner.method().get("name"), owner.held());
  }

  /** The accessor {@code name()} of a resource's collection, or {@code name(key)} of one member. */
  private static Optional<Method> accessor(Class<?> type, String name, boolean called) {
    for (Method method : type.getMethods()) {
      if (method.getName().replaceAll("_$", "").equals(name) && method.getParameterCount() == (called ? 1 : 0)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  /** The plan's tree, read for the operations it calls. */
  private static final class Tree {
    /** The node calling an operation, its method there, and the path values its class holds (by wire name). */
    record Owner(JsonNode node, JsonNode method, boolean member, List<String> held) {}

    private final JsonNode tree;
    private final Map<String, JsonNode> nodes = new java.util.HashMap<>();

    Tree(JsonNode tree) {
      this.tree = tree;
      tree.path("nodes").forEach(n -> nodes.put(n.get("id").asText(), n));
    }

    Optional<Owner> owner(String operation) {
      for (JsonNode node : tree.path("nodes")) {
        for (String side : List.of("collection", "instance")) {
          for (JsonNode method : node.path(side)) {
            if (method.get("operation").asText().equals(operation)) {
              boolean member = side.equals("instance") && node.has("key");
              List<String> held = new ArrayList<>();
              node.path("bound").forEach(b -> held.add(b.asText()));
              if (member) {
                held.add(node.get("key").asText());
              }
              return Optional.of(new Owner(node, method, member, held));
            }
          }
        }
      }
      return Optional.empty();
    }

    /** The nodes from a root of the client down to {@code node}. */
    List<JsonNode> chain(JsonNode node) {
      List<JsonNode> chain = new ArrayList<>(List.of(node));
      for (Optional<JsonNode> up = parent(node); up.isPresent(); up = parent(up.get())) {
        chain.add(0, up.get());
      }
      return chain;
    }

    private Optional<JsonNode> parent(JsonNode node) {
      String id = node.get("id").asText();
      for (JsonNode candidate : tree.path("nodes")) {
        for (String side : List.of("instanceChildren", "collectionChildren")) {
          for (JsonNode child : candidate.path(side)) {
            if (child.asText().equals(id)) {
              return Optional.of(candidate);
            }
          }
        }
      }
      return Optional.empty();
    }

    boolean belowMember(JsonNode parent, JsonNode child) {
      for (JsonNode id : parent.path("instanceChildren")) {
        if (id.asText().equals(child.get("id").asText())) {
          return true;
        }
      }
      return false;
    }

    boolean shortcut(JsonNode via, JsonNode target) {
      for (JsonNode s : tree.path("shortcuts")) {
        if (s.get("via").asText().equals(via.get("id").asText()) && s.get("target").asText().equals(target.get("id").asText())) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * One operation's method on {@code service}: named {@code name} (the plan's words), taking the
   * plan's inputs but the path values in {@code held}, which its class holds.
   */
  private void operation(Class<?> service, JsonNode op, JsonNode name, List<String> held) throws Exception {
    String id = op.get("id").asText();
    Optional<Method> method = method(service, camel(name.get("words")));
    if (method.isEmpty()) {
      problems.add(id + ": no method " + camel(name.get("words")) + " on " + service.getSimpleName());
      return;
    }
    operations++;
    Map<String, Boolean> expected = new TreeMap<>();
    for (JsonNode input : op.path("inputs")) {
      inputs++;
      if (input.get("location").asText().equals("PATH") && held.contains(input.get("wire").asText())) {
        continue;
      }
      String location = input.get("location").asText();
      String key = location.equals("BODY_FIELD") ? "field " + input.get("wire").asText()
          : location.equals("BODY") ? "body" : "parameter " + camel(input.get("name").get("words"));
      expected.put(key, input.path("required").asBoolean(false));
    }
    Map<String, Boolean> actual = new TreeMap<>();
    Class<?>[] types = method.get().getParameterTypes();
    if (types.length > 0 && types[0].getSimpleName().endsWith("Params")) {
      read(types[0], op.has("body") && op.get("body").path("flattened").asBoolean(false), actual);
    }
    if (op.get("result").has("itemLimit")) {
      String limit = camel(op.get("result").get("itemLimit").get("words"));
      if (!Boolean.FALSE.equals(actual.remove("parameter " + limit))) {
        problems.add(id + ": no optional item limit " + limit + " on its params builder");
      }
    }
    if (!actual.equals(expected)) {
      problems.add(id + ": inputs " + actual + ", plan says " + expected);
    }
    String planned = SHAPES.get(op.get("result").get("shape").asText());
    if (!shape(method.get()).equals(planned)) {
      problems.add(id + ": returns " + shape(method.get()) + ", plan says " + op.get("result").get("shape").asText());
    }
    if (op.get("result").has("pagination")) {
      pages++;
      String wanted = plannedPaging(op.get("result").get("pagination"));
      String paging = sdkPaging(service, method.get().getName());
      if (!wanted.equals(paging)) {
        problems.add(id + ": pages " + paging + ", plan says " + wanted);
      }
    }
  }

  private static final Map<String, String> SHAPES = Map.of("model", "value", "list", "value", "text", "value",
      "none", "none", "deleted", "deleted", "paged", "paged", "stream", "stream", "binary", "binary");

  private static String shape(Method method) {
    Class<?> type = method.getReturnType();
    if (type == void.class) {
      return "none";
    }
    if (type == boolean.class) {
      return "deleted";
    }
    if (type == java.io.InputStream.class) {
      return "binary";
    }
    // The runtime's own types only, not models that share their names (GitHub's Pages site is a "Page").
    boolean runtime = type.getPackageName().endsWith(".core");
    if (runtime && type.getSimpleName().equals("Page")) {
      return "paged";
    }
    return runtime && type.getSimpleName().equals("EventStream") ? "stream" : "value";
  }

  /** The plan's pagination as one line: the style and only the parts that are set. */
  private static String plannedPaging(JsonNode p) {
    return pagingText(p.get("style").asText(), dotted(p.path("items")),
        p.path("cursorParam").asText(p.path("offsetParam").asText("")),
        dotted(p.has("nextCursor") ? p.get("nextCursor") : p.path("nextUrl")), dotted(p.path("hasMore")),
        p.path("limitParam").asText(""), p.path("lastItem").asBoolean(false), p.path("pages").asBoolean(false));
  }

  /**
   * The {@code <METHOD>_PAGING} constant of the service's Endpoints class ({@code MessageList}'s is
   * {@code MessageListEndpoints}), read field by field.
   */
  private static String sdkPaging(Class<?> service, String method) throws Exception {
    Class<?> endpoints = Class.forName(service.getName().replaceAll("Service$", "") + "Endpoints");
    Field constant = endpoints.getDeclaredField(method.replaceAll("_$", "").replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .toUpperCase(Locale.ROOT) + "_PAGING");
    constant.setAccessible(true);
    Object paging = constant.get(null);
    String style = field(paging, "style").toString();
    String param = Objects.toString(field(paging, "param"), "");
    String pointer = String.join(".", (List<String>) field(paging, "pointer"));
    String items = String.join(".", (List<String>) field(paging, "items"));
    String hasMore = String.join(".", (List<String>) field(paging, "hasMore"));
    String limit = Objects.toString(field(paging, "limitParam"), "");
    switch (style) {
      case "NEXT_URL": return pagingText("next-url", items, "", pointer, "", "", false, false);
      case "LINK_HEADER": return pagingText("link-header", items, "", "", "", "", false, false);
      case "CURSOR": return pagingText("cursor", items, param, pointer, hasMore, "", false, false);
      case "LAST_ITEM_CURSOR": return pagingText("cursor", items, param, pointer, hasMore, "", true, false);
      case "OFFSET": return pagingText("offset", items, param, "", "", limit, false, false);
      case "PAGE_NUMBER": return pagingText("offset", items, param, "", "", limit, false, true);
      default: return "unknown style " + style;
    }
  }

  private static Object field(Object target, String name) throws Exception {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(target);
  }

  private static String pagingText(String style, String items, String param, String next, String hasMore,
      String limit, boolean lastItem, boolean pages) {
    StringBuilder out = new StringBuilder(style).append(" items=").append(items);
    Map<String, String> parts = new java.util.LinkedHashMap<>();
    parts.put("param", param);
    parts.put("next", next);
    parts.put("hasMore", hasMore);
    parts.put("limit", limit);
    parts.forEach((label, value) -> {
      if (!value.isEmpty()) {
        out.append(' ').append(label).append('=').append(value);
      }
    });
    return out.append(lastItem ? " lastItem" : "").append(pages ? " pages" : "").toString();
  }

  private static String dotted(JsonNode words) {
    List<String> parts = new ArrayList<>();
    words.forEach(w -> parts.add(w.asText()));
    return String.join(".", parts);
  }

  /** Every builder setter, by what it sets, and whether the matching getter is required. */
  private static void read(Class<?> params, boolean flattened, Map<String, Boolean> into) throws Exception {
    Class<?> builder = Class.forName(params.getName() + "$Builder");
    Optional<Method> bodyGetter = flattened ? bodyGetter(params) : Optional.empty();
    Class<?> model = bodyGetter.map(Surface::valueType).orElse(null);
    boolean bodyRequired = bodyGetter.map(g -> g.getReturnType() != Optional.class).orElse(false);
    for (Method setter : builder.getMethods()) {
      if (setter.getReturnType() != builder || setter.getDeclaringClass() != builder) {
        continue;
      }
      String name = setter.getName();
      if (model != null && setter.getParameterTypes()[0] == model) {
        continue;
      }
      String property = fieldName(params, model, name);
      Optional<Method> field = property == null ? Optional.empty() : jsonGetter(model, property);
      if (field.isPresent()) {
        // A nullable field's getter is an Optional either way: the annotation says whether build() requires it.
        JsonProperty json = field.get().getAnnotation(JsonProperty.class);
        into.put("field " + json.value(), bodyRequired && json.required());
      } else {
        Method getter = params.getMethod(name);
        boolean required = getter.getReturnType() != Optional.class;
        into.put(name.equals("body") || name.equals("requestBody") ? "body" : "parameter " + name.replaceAll("_$", ""),
            required);
      }
    }
  }

  /**
   * The body model property a setter sets: its own name, or, for a field renamed because a
   * parameter took the name (the plan prefixes it with "body"), the name without the prefix.
   */
  private static String fieldName(Class<?> params, Class<?> model, String setter) {
    if (model == null) {
      return null;
    }
    if (jsonGetter(model, setter).isPresent() && !hasGetter(params, setter)) {
      return setter;
    }
    if (setter.startsWith("body") && setter.length() > 4) {
      String own = Character.toLowerCase(setter.charAt(4)) + setter.substring(5);
      return jsonGetter(model, own).isPresent() ? own : null;
    }
    return null;
  }

  private static boolean hasGetter(Class<?> params, String name) {
    try {
      params.getMethod(name);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Optional<Method> bodyGetter(Class<?> params) {
    for (String name : List.of("requestBody", "body")) {
      try {
        Method getter = params.getMethod(name);
        if (valueType(getter).getSimpleName().endsWith("Request") || !valueType(getter).getName().startsWith("java")) {
          return Optional.of(getter);
        }
      } catch (NoSuchMethodException e) {
        // try the next name
      }
    }
    return Optional.empty();
  }

  private static Class<?> valueType(Method getter) {
    if (getter.getReturnType() == Optional.class) {
      return (Class<?>) ((ParameterizedType) getter.getGenericReturnType()).getActualTypeArguments()[0];
    }
    return getter.getReturnType();
  }

  private static Optional<Method> jsonGetter(Class<?> model, String name) {
    for (Method method : model.getDeclaredMethods()) {
      if (method.getName().equals("_" + name) && method.isAnnotationPresent(JsonProperty.class)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }

  /** The public method called {@code name} (or its escaped form), preferring the overload taking params. */
  private static Optional<Method> method(Class<?> type, String name) {
    Method found = null;
    for (Method method : type.getMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && method.getName().replaceAll("_$", "").equals(name)
          && (found == null || method.getParameterCount() > found.getParameterCount())
          && (method.getParameterCount() == 0 || method.getParameterTypes()[0].getSimpleName().endsWith("Params"))) {
        found = method;
      }
    }
    return Optional.ofNullable(found);
  }

  private static String camel(JsonNode words) {
    StringBuilder out = new StringBuilder();
    for (JsonNode word : words) {
      String w = word.asText();
      out.append(out.length() == 0 ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return out.toString();
  }
}
