package dev.switchboard.core.diff;

import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.SecurityScheme;
import dev.switchboard.core.ir.Server;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.PlanResource;
import dev.switchboard.core.plan.TreeRoute;
import dev.switchboard.core.plugin.LanguagePlugin;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares two versions of an API as their SDKs see them: the planned operations and their inputs
 * (what a caller writes) and the IR's types (what a caller reads), so that a change is reported
 * once, where users meet it, with its impact in every language. The result is sorted by location,
 * then kind and subject: the same two versions always give the same report.
 */
public final class ApiDiff {
  private final Version before;
  private final Version after;
  private final Map<String, Compatibility> languages;
  private final Map<String, SymbolProvider> spellings;
  private final Map<String, TypeDecl> oldTypes;
  private final Map<String, TypeDecl> newTypes;
  private final List<Found> found = new ArrayList<>();
  /** Enum type id to the subjects whose type went from that enum to a plain string. */
  private final Map<String, List<Found>> enumToString = new LinkedHashMap<>();

  /** One version of the API: its IR and its plan. */
  public record Version(Api api, Plan plan) {
    public Version {
      Objects.requireNonNull(api, "api == null");
      Objects.requireNonNull(plan, "plan == null");
    }
  }

  private record Found(ChangeKind kind, String location, String subject, Symbol symbol, String detail) {}

  private ApiDiff(Version before, Version after, Map<String, Compatibility> languages,
      Map<String, SymbolProvider> spellings) {
    this.before = before;
    this.after = after;
    this.languages = languages;
    this.spellings = spellings;
    this.oldTypes = before.api().typesById();
    this.newTypes = after.api().typesById();
  }

  /** The changes from {@code before} to {@code after}, each with its impact in every language given. */
  public static List<Change> compare(Version before, Version after, Map<String, Compatibility> languages) {
    return compare(before, after, languages, Map.of());
  }

  /** The changes as each of {@code plugins} sees them: its compatibility rules and its spelling of each symbol. */
  public static List<Change> compare(Version before, Version after, Collection<LanguagePlugin> plugins) {
    Map<String, Compatibility> rules = new LinkedHashMap<>();
    Map<String, SymbolProvider> spellings = new LinkedHashMap<>();
    plugins.forEach(plugin -> rules.put(plugin.id(), plugin.compatibility()));
    plugins.forEach(plugin -> spellings.put(plugin.id(), plugin.symbolProvider()));
    return compare(before, after, rules, spellings);
  }

  /**
   * The changes, each also naming the symbol it touches as each language of {@code spellings}
   * spells it.
   */
  public static List<Change> compare(Version before, Version after, Map<String, Compatibility> languages,
      Map<String, SymbolProvider> spellings) {
    ApiDiff diff = new ApiDiff(before, after, Map.copyOf(languages), Map.copyOf(spellings));
    diff.servers();
    diff.security();
    diff.operations();
    diff.types();
    return diff.changes();
  }

  private List<Change> changes() {
    return found.stream()
        .sorted(Comparator.comparing(Found::location).thenComparing(Found::kind).thenComparing(Found::subject))
        .map(f -> new Change(f.kind(), f.location(), f.subject(), symbols(f.symbol()), f.detail(), impacts(f.kind())))
        .toList();
  }

  private Map<String, Impact> impacts(ChangeKind kind) {
    Map<String, Impact> impact = new LinkedHashMap<>();
    languages.forEach((language, compatibility) -> impact.put(language, compatibility.impactOf(kind)));
    return impact;
  }

  private Map<String, String> symbols(Symbol symbol) {
    Map<String, String> spelled = new LinkedHashMap<>();
    if (!symbol.isEmpty()) {
      spellings.forEach((language, provider) -> spelled.put(language, symbol.spell(provider)));
    }
    return spelled;
  }

  private void add(ChangeKind kind, String location, String subject, Symbol symbol, String detail) {
    found.add(new Found(kind, location, subject, symbol, detail));
  }

  /**
   * An operation as callers reach it: through the tree where the spec declares one ({@code
   * usage.triggers.create}), else its resource, then its method. A tree's steps are members, spelled
   * as each language spells a method.
   */
  private static Symbol symbol(Plan plan, String operationId) {
    Optional<TreeRoute> route = plan.tree().route(operationId);
    if (route.isPresent()) {
      Symbol symbol = Symbol.NONE;
      for (TreeRoute.Step step : route.get().steps()) {
        symbol = symbol.then(NameKind.OPERATION, step.member());
      }
      return symbol.then(NameKind.OPERATION, route.get().method());
    }
    for (PlanResource resource : plan.resources()) {
      for (PlanOperation op : resource.operations()) {
        if (op.id().equals(operationId)) {
          return Symbol.of(NameKind.RESOURCE, resource.name()).then(NameKind.OPERATION, op.method());
        }
      }
    }
    return Symbol.NONE;
  }

  private void servers() {
    Optional<String> old = before.api().servers().stream().findFirst().map(Server::url);
    Optional<String> now = after.api().servers().stream().findFirst().map(Server::url);
    if (!old.equals(now)) {
      add(ChangeKind.SERVER_CHANGED, "/servers/0", "default server", Symbol.NONE,
          old.orElse("none") + " -> " + now.orElse("none"));
    }
  }

  private void security() {
    Map<String, SecurityScheme> old = byKey(before.api().securitySchemes(), s -> s.name().wire());
    Map<String, SecurityScheme> now = byKey(after.api().securitySchemes(), s -> s.name().wire());
    old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k ->
        add(ChangeKind.AUTH_REMOVED, "/components/securitySchemes/" + k, "security scheme " + k, Symbol.NONE, "no longer accepted"));
    now.keySet().stream().filter(k -> !old.containsKey(k)).forEach(k ->
        add(ChangeKind.AUTH_ADDED, "/components/securitySchemes/" + k, "security scheme " + k, Symbol.NONE, "now accepted"));
  }

  private void operations() {
    Map<String, Operation> oldOps = byKey(before.api().operations().toList(), Operation::id);
    Map<String, Operation> newOps = byKey(after.api().operations().toList(), Operation::id);
    oldOps.forEach((id, op) -> {
      if (!newOps.containsKey(id)) {
        add(ChangeKind.OPERATION_REMOVED, op.source(), "operation " + id, symbol(before.plan(), id), op.method() + " " + op.path());
      }
    });
    newOps.forEach((id, op) -> {
      Operation old = oldOps.get(id);
      if (old == null) {
        add(ChangeKind.OPERATION_ADDED, op.source(), "operation " + id, symbol(after.plan(), id), op.method() + " " + op.path());
      } else {
        operation(old, op);
      }
    });
  }

  private void operation(Operation old, Operation now) {
    String subject = "operation " + now.id();
    Symbol symbol = symbol(after.plan(), now.id());
    if (!old.docs().deprecated() && now.docs().deprecated()) {
      add(ChangeKind.OPERATION_DEPRECATED, now.source(), subject, symbol, "marked deprecated");
    }
    docs(old.docs(), now.docs(), now.source(), subject, symbol);
    PlanOperation oldPlan = before.plan().operation(old.id());
    PlanOperation newPlan = after.plan().operation(now.id());
    Map<String, Input> oldInputs = byKey(oldPlan.inputs(), ApiDiff::inputKey);
    Map<String, Input> newInputs = byKey(newPlan.inputs(), ApiDiff::inputKey);
    oldInputs.forEach((key, input) -> {
      if (!newInputs.containsKey(key)) {
        add(ChangeKind.INPUT_REMOVED, now.source(), subject + " input " + input.wire(),
            symbol.then(NameKind.PARAMETER, input.name()), input.location().name().toLowerCase(Locale.ROOT));
      }
    });
    newInputs.forEach((key, input) -> {
      Input was = oldInputs.get(key);
      if (was == null) {
        add(input.required() ? ChangeKind.REQUIRED_INPUT_ADDED : ChangeKind.OPTIONAL_INPUT_ADDED, now.source(),
            subject + " input " + input.wire(), symbol.then(NameKind.PARAMETER, input.name()),
            input.location().name().toLowerCase(Locale.ROOT));
      } else {
        input(was, input, now.source(), subject + " input " + input.wire(), symbol.then(NameKind.PARAMETER, input.name()));
      }
    });
    pathOrder(oldPlan, newPlan, now.source(), subject, symbol);
  }

  private static String inputKey(Input input) {
    return input.location() + " " + input.wire();
  }

  private void input(Input old, Input now, String location, String subject, Symbol symbol) {
    if (old.required() != now.required()) {
      add(now.required() ? ChangeKind.INPUT_NOW_REQUIRED : ChangeKind.INPUT_NOW_OPTIONAL, location, subject, symbol,
          now.required() ? "required" : "optional");
    }
    typeChange(old.type(), now.type(), ChangeKind.INPUT_TYPE_CHANGED, location, subject, symbol);
    docs(old.docs(), now.docs(), location, subject, symbol);
  }

  /** Path parameters both versions have, in another order: positional calls would swap them. */
  private void pathOrder(PlanOperation old, PlanOperation now, String location, String subject, Symbol symbol) {
    List<String> newOrder = now.inputs(Input.Location.PATH).stream().map(Input::wire).toList();
    List<String> oldOrder = old.inputs(Input.Location.PATH).stream().map(Input::wire).filter(newOrder::contains).toList();
    List<String> kept = newOrder.stream().filter(oldOrder::contains).toList();
    if (!oldOrder.equals(kept)) {
      add(ChangeKind.PATH_PARAMETERS_REORDERED, location, subject, symbol, String.join(", ", oldOrder) + " -> " + String.join(", ", kept));
    }
  }

  private void typeChange(TypeRef old, TypeRef now, ChangeKind kind, String location, String subject, Symbol symbol) {
    String oldShape = shape(old, oldTypes);
    String newShape = shape(now, newTypes);
    if (oldShape.equals(newShape)) {
      return;
    }
    Found change = new Found(kind, location, subject, symbol, oldShape + " -> " + newShape);
    // An enum's values still fit a string (nullable or not): one change for the enum, not one per use.
    if (old.nonNull() instanceof TypeRef.Named named && shape(now.nonNull(), newTypes).equals("string")
        && oldTypes.get(named.id()) instanceof TypeDecl.EnumType) {
      enumToString.computeIfAbsent(named.id(), id -> new ArrayList<>()).add(change);
    } else {
      found.add(change);
    }
  }

  private void docs(Docs old, Docs now, String location, String subject, Symbol symbol) {
    if (!old.summary().equals(now.summary()) || !old.description().equals(now.description())) {
      add(ChangeKind.DOCS_CHANGED, location, subject, symbol, "summary or description");
    }
  }

  private void types() {
    // Common types first: their properties record the enums that became strings before removals are read.
    newTypes.forEach((id, type) -> {
      TypeDecl was = oldTypes.get(id);
      if (was == null) {
        add(ChangeKind.TYPE_ADDED, type.source(), "type " + type.name().wire(), Symbol.of(NameKind.TYPE, type.name()), kind(type));
      } else {
        type(was, type);
      }
    });
    oldTypes.forEach((id, type) -> {
      if (!newTypes.containsKey(id)) {
        removedType(type);
      }
    });
    // Enums still there whose uses became strings: those uses changed type.
    enumToString.forEach((id, uses) -> {
      if (newTypes.containsKey(id)) {
        found.addAll(uses);
      }
    });
  }

  private void removedType(TypeDecl type) {
    List<Found> uses = enumToString.getOrDefault(type.id(), List.of());
    if (type instanceof TypeDecl.EnumType && !uses.isEmpty()) {
      add(ChangeKind.ENUM_REPLACED_BY_STRING, type.source(), "type " + type.name().wire(), Symbol.of(NameKind.TYPE, type.name()),
          "now a string in " + uses.stream().map(Found::subject).distinct().collect(Collectors.joining(", ")));
      return;
    }
    add(ChangeKind.TYPE_REMOVED, type.source(), "type " + type.name().wire(), Symbol.of(NameKind.TYPE, type.name()), kind(type));
  }

  private void type(TypeDecl old, TypeDecl now) {
    String subject = "type " + now.name().wire();
    Symbol symbol = Symbol.of(NameKind.TYPE, now.name());
    if (!old.name().key().equals(now.name().key())) {
      add(ChangeKind.TYPE_RENAMED, now.source(), subject, symbol, old.name().wire() + " -> " + now.name().wire());
    }
    docs(old.docs(), now.docs(), now.source(), subject, symbol);
    if (old instanceof TypeDecl.ObjectType was && now instanceof TypeDecl.ObjectType is) {
      properties(was, is);
    } else if (old instanceof TypeDecl.EnumType was && now instanceof TypeDecl.EnumType is) {
      values(was, is);
    } else if (!kind(old).equals(kind(now))) {
      add(ChangeKind.TYPE_REMOVED, now.source(), subject, symbol, kind(old) + " -> " + kind(now));
    }
  }

  private void properties(TypeDecl.ObjectType old, TypeDecl.ObjectType now) {
    Map<String, Property> was = byKey(old.properties(), p -> p.name().wire());
    Map<String, Property> is = byKey(now.properties(), p -> p.name().wire());
    String prefix = "type " + now.name().wire() + " property ";
    Symbol type = Symbol.of(NameKind.TYPE, now.name());
    was.forEach((wire, property) -> {
      if (!is.containsKey(wire)) {
        add(ChangeKind.PROPERTY_REMOVED, now.source() + "/properties/" + wire, prefix + wire,
            type.then(NameKind.PROPERTY, property.name()), shape(property.type(), oldTypes));
      }
    });
    is.forEach((wire, property) -> {
      Property previous = was.get(wire);
      String location = now.source() + "/properties/" + wire;
      Symbol symbol = type.then(NameKind.PROPERTY, property.name());
      if (previous == null) {
        add(ChangeKind.PROPERTY_ADDED, location, prefix + wire, symbol, shape(property.type(), newTypes));
        return;
      }
      if (previous.required() != property.required()) {
        add(property.required() ? ChangeKind.PROPERTY_NOW_REQUIRED : ChangeKind.PROPERTY_NOW_OPTIONAL, location,
            prefix + wire, symbol, property.required() ? "required" : "optional");
      }
      typeChange(previous.type(), property.type(), ChangeKind.PROPERTY_TYPE_CHANGED, location, prefix + wire, symbol);
      docs(previous.docs(), property.docs(), location, prefix + wire, symbol);
    });
  }

  private void values(TypeDecl.EnumType old, TypeDecl.EnumType now) {
    List<String> was = old.values().stream().map(v -> v.value().toString()).toList();
    List<String> is = now.values().stream().map(v -> v.value().toString()).toList();
    String subject = "type " + now.name().wire();
    Symbol symbol = Symbol.of(NameKind.TYPE, now.name());
    was.stream().filter(v -> !is.contains(v)).forEach(v -> add(ChangeKind.ENUM_VALUE_REMOVED, now.source(), subject, symbol, v));
    is.stream().filter(v -> !was.contains(v)).forEach(v -> add(ChangeKind.ENUM_VALUE_ADDED, now.source(), subject, symbol, v));
  }

  private static String kind(TypeDecl type) {
    return type.accept(new TypeDecl.Visitor<String>() {
      @Override public String object(TypeDecl.ObjectType t) {
        return "object";
      }

      @Override public String enumeration(TypeDecl.EnumType t) {
        return "enum";
      }

      @Override public String union(TypeDecl.UnionType t) {
        return "union";
      }

      @Override public String alias(TypeDecl.AliasType t) {
        return "alias";
      }
    });
  }

  /** A type as a caller sees it: named types by their name, so that an id's change alone is not a change. */
  private static String shape(TypeRef type, Map<String, TypeDecl> types) {
    if (type instanceof TypeRef.PrimitiveRef primitive) {
      return switch (primitive.primitive()) {
        case STRING -> "string";
        default -> primitive.primitive().name().toLowerCase(Locale.ROOT);
      };
    }
    if (type instanceof TypeRef.Named named) {
      TypeDecl decl = types.get(named.id());
      return decl == null ? named.id() : decl.name().wire();
    }
    if (type instanceof TypeRef.ListOf list) {
      return "list<" + shape(list.items(), types) + ">";
    }
    if (type instanceof TypeRef.MapOf map) {
      return "map<" + shape(map.values(), types) + ">";
    }
    if (type instanceof TypeRef.Nullable nullable) {
      return shape(nullable.inner(), types) + " | null";
    }
    if (type instanceof TypeRef.Literal literal) {
      return literal.value().toString();
    }
    return "any";
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.putIfAbsent(key.apply(item), item));
    return map;
  }
}
