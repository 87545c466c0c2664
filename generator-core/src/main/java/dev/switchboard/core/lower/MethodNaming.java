package dev.switchboard.core.lower;

import dev.switchboard.core.config.NamingConfig;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Words;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names operations and their resources, in this order of precedence: {@code naming.operations} in
 * the config; the extensions other generators read ({@code x-fern-sdk-group-name},
 * {@code x-speakeasy-group}, {@code x-fern-sdk-method-name}, {@code x-speakeasy-name-override});
 * then the operationId, unless the API's operationIds only repeat the HTTP method and the path
 * ({@code GetCustomers}, {@code PostCustomersCustomer}), in which case every method is named from
 * its {@link PathShape}.
 */
final class MethodNaming {
  /** Where an operation goes and what it is called; {@code local} is its name in the resource, when fixed. */
  record Choice(String group, Name name, Optional<Name> local) {}

  private final NamingConfig config;
  private final boolean fromPaths;
  private final Map<String, PathShape.Context> contexts;

  private MethodNaming(NamingConfig config, boolean fromPaths, Map<String, PathShape.Context> contexts) {
    this.config = config;
    this.fromPaths = fromPaths;
    this.contexts = contexts;
  }

  /** Decides once for the whole API whether its operationIds name things or only echo paths. */
  static MethodNaming decide(NamingConfig config, Paths paths) {
    boolean fromPaths = switch (config.methods()) {
      case PATHS -> true;
      case OPERATION_IDS -> false;
      case AUTO -> echoesPaths(paths);
    };
    return new MethodNaming(config, fromPaths, contexts(paths));
  }

  /** For each path: whether another path names its items ({@code /x/{id}} below {@code /x}), and its methods. */
  private static Map<String, PathShape.Context> contexts(Paths paths) {
    Map<String, Set<String>> methods = new java.util.HashMap<>();
    if (paths != null) {
      paths.forEach((path, item) -> item.readOperationsMap().keySet().forEach(method ->
          methods.computeIfAbsent(PathShape.key(path), k -> new java.util.TreeSet<>()).add(method.name().toLowerCase(Locale.ROOT))));
    }
    Set<String> collections = new HashSet<>();
    methods.keySet().stream().filter(key -> key.endsWith("/{}"))
        .forEach(key -> collections.add(key.substring(0, key.length() - 3)));
    Map<String, PathShape.Context> contexts = new java.util.HashMap<>();
    methods.forEach((key, verbs) -> contexts.put(key, new PathShape.Context(collections.contains(key), Set.copyOf(verbs))));
    return contexts;
  }

  boolean fromPaths() {
    return fromPaths;
  }

  /** True when most operationIds (or all, none being set) are the HTTP method followed by path words. */
  static boolean echoesPaths(Paths paths) {
    int named = 0;
    int echoes = 0;
    if (paths != null) {
      for (Map.Entry<String, PathItem> path : paths.entrySet()) {
        for (var operation : path.getValue().readOperationsMap().entrySet()) {
          String id = operation.getValue().getOperationId();
          if (id != null && !id.isBlank()) {
            named++;
            echoes += echoes(id, operation.getKey().name(), path.getKey()) ? 1 : 0;
          }
        }
      }
    }
    return named == 0 || echoes * 2 > named;
  }

  /** {@code PostCustomersCustomer} for {@code POST /v1/customers/{customer}}: the method, then only path words. */
  static boolean echoes(String operationId, String httpMethod, String path) {
    List<String> words = Name.of(operationId).words();
    if (!words.get(0).equals(httpMethod.toLowerCase(Locale.ROOT))) {
      return false;
    }
    Set<String> pathWords = new HashSet<>();
    for (String segment : path.split("[/{}.]")) {
      if (!segment.isBlank()) {
        Name.of(segment).words().forEach(w -> pathWords.add(Words.singular(w)));
      }
    }
    return words.subList(1, words.size()).stream().allMatch(w -> pathWords.contains(Words.singular(w)));
  }

  /**
   * Names one operation. {@code id} is its operation id ({@code GET /path} without one) and
   * {@code defaultGroup} the group it has without any naming rule (its first tag, or the path's
   * first noun).
   */
  Choice choose(String id, Optional<String> operationId, String httpMethod, String path, String defaultGroup,
      Map<String, Object> extensions) {
    Optional<NamingConfig.OperationName> configured = Optional.ofNullable(config.operations().get(id));
    Optional<String> groupOverride = configured.flatMap(NamingConfig.OperationName::resource).or(() -> extensionGroup(extensions));
    Optional<String> methodOverride = configured.flatMap(NamingConfig.OperationName::method).or(() -> extensionMethod(extensions));
    PathShape shape = Optional.ofNullable(contexts.get(PathShape.key(path)))
        .map(context -> PathShape.of(httpMethod, path, context)).orElseGet(() -> PathShape.of(httpMethod, path));
    boolean inferred = fromPaths || operationId.isEmpty();
    String group = renamed(groupOverride.orElseGet(() -> fromPaths ? String.join("_", shape.resource()) : defaultGroup));
    List<String> groupWords = Name.of(group).words();
    if (methodOverride.isPresent()) {
      Name local = Name.of(methodOverride.get());
      return new Choice(group, new Name(concat(local.words(), groupWords), methodOverride.get()), Optional.of(local));
    }
    if (!inferred) {
      return new Choice(group, Name.of(operationId.get()), Optional.empty());
    }
    List<String> method = shape.method(config);
    String wire = operationId.orElse(httpMethod + " " + path);
    if (fromPaths && groupOverride.isEmpty()) {
      return new Choice(group, new Name(concat(method, shape.resource()), wire), Optional.of(new Name(method, wire)));
    }
    return new Choice(group, new Name(concat(method, shape.resource()), wire), Optional.empty());
  }

  private String renamed(String group) {
    String key = Name.of(group).key();
    return config.resources().entrySet().stream()
        .filter(e -> e.getKey().equals(group) || Name.of(e.getKey()).key().equals(key))
        .map(Map.Entry::getValue).findFirst().orElse(group);
  }

  /** {@code x-fern-sdk-group-name} (a name, or a list of nested names) or {@code x-speakeasy-group} ({@code a.b}). */
  static Optional<String> extensionGroup(Map<String, Object> extensions) {
    Object fern = extensions == null ? null : extensions.get("x-fern-sdk-group-name");
    if (fern instanceof List<?> list && !list.isEmpty()) {
      return Optional.of(String.join("_", list.stream().map(String::valueOf).toList()));
    }
    return text(fern).or(() -> text(extensions == null ? null : extensions.get("x-speakeasy-group")).map(g -> g.replace('.', '_')));
  }

  /** {@code x-fern-sdk-method-name}, else {@code x-speakeasy-name-override}. */
  static Optional<String> extensionMethod(Map<String, Object> extensions) {
    if (extensions == null) {
      return Optional.empty();
    }
    return text(extensions.get("x-fern-sdk-method-name")).or(() -> text(extensions.get("x-speakeasy-name-override")));
  }

  private static Optional<String> text(Object value) {
    return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
