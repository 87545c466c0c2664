package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.naming.Identifiers;
import dev.switchboard.core.plan.ResourceTree;
import dev.switchboard.core.plan.TreeMethod;
import dev.switchboard.core.plan.TreeNode;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolProvider;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Spells Java identifiers: classes, members and constants, allocated in core's symbol table with
 * Java's reserved words (keywords, literals, java.lang names), which records every rename; a
 * leading digit gets an underscore.
 */
final class JavaSymbols {
  /**
   * Java's reserved words per kind of name: class names never take a java.lang name (they get
   * {@code Model} appended), members never a keyword or literal (they get {@code _}). Class names
   * clash regardless of case, as files on case-insensitive file systems; so do members, for one rule.
   */
  static final SymbolProvider PROVIDER = new SymbolProvider() {
    @Override
    public Set<String> reserved(NameKind kind) {
      return kind == NameKind.TYPE ? JavaNames.JAVA_LANG : kind == NameKind.ENUM_VALUE ? Set.of() : JavaNames.RESERVED;
    }

    @Override
    public String escape(NameKind kind, String identifier) {
      return identifier + (kind == NameKind.TYPE ? "Model" : "_");
    }

    @Override
    public boolean ignoresCase() {
      return true;
    }

    /** PascalCase classes, SCREAMING_SNAKE_CASE constants, camelCase members; {@code _} before a leading digit. */
    @Override
    public String spell(NameKind kind, Name name) {
      String cased = switch (kind) {
        case TYPE -> Case.pascal(name.words());
        case ENUM_VALUE -> Case.screamingSnake(name.words());
        default -> Case.camel(name.words());
      };
      return Identifiers.leadingDigit(cased, "_");
    }
  };

  private final SymbolTable table;
  private final JavaPackages packages;
  private final Map<String, ClassName> types = new HashMap<>();
  private final Map<String, ClassName> params = new HashMap<>();
  private final Map<Resource, String> resourceNames = new LinkedHashMap<>();

  JavaSymbols(Api api, JavaPackages packages, SymbolTable table) {
    this(api, ResourceTree.NONE, packages, table);
  }

  /**
   * The symbols of {@code api}; an operation {@code tree} calls has its params named as its
   * resource's type, then its method ({@code MessageCreateParams}), the rest after the operation.
   */
  JavaSymbols(Api api, ResourceTree tree, JavaPackages packages, SymbolTable table) {
    this(packages, table);
    Map<String, String> treeNames = treeParamsNames(tree);
    SymbolTable.Scope models = table.scope("models");
    api.types().forEach(type -> types.put(type.id(), ClassName.get(models(), models.claim(NameKind.TYPE,
        PROVIDER.spell(NameKind.TYPE, type.name()), new SymbolTable.Source(type.name().wire(), type.source())))));
    api.operations().forEach(op -> params.put(op.id(), ClassName.get(models(), models.claimGenerated(NameKind.TYPE,
        treeNames.getOrDefault(op.id(), className(op.name())) + "Params"))));
    SymbolTable.Scope services = table.scope("services");
    api.resources().forEach(resource -> resourceNames.put(resource,
        services.claimGenerated(NameKind.TYPE, className(resource.name()))));
  }

  /** Each tree method's operation by id: its node's type, then its method, in PascalCase; the first node wins. */
  private static Map<String, String> treeParamsNames(ResourceTree tree) {
    Map<String, String> names = new HashMap<>();
    for (TreeNode node : tree.nodes()) {
      List<TreeMethod> methods = new ArrayList<>(node.collection());
      methods.addAll(node.instance());
      methods.forEach(method -> names.putIfAbsent(method.operation(),
          className(node.type()) + PROVIDER.spell(NameKind.TYPE, method.name())));
    }
    return names;
  }

  /** The symbols of code that declares no API types, such as the root client of several specs. */
  JavaSymbols(JavaPackages packages, SymbolTable table) {
    this.table = table;
    this.packages = packages;
  }

  /** A legal, idiomatic package name from any text, such as {@code com.kitchensink}. */
  static String packageName(String text) {
    StringBuilder out = new StringBuilder();
    for (String segment : text.split("\\.")) {
      String cleaned = segment.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "");
      if (cleaned.isEmpty()) {
        continue;
      }
      cleaned = Identifiers.unreserved(Identifiers.leadingDigit(cleaned, "_"), JavaNames.RESERVED, "_");
      out.append(out.length() == 0 ? "" : ".").append(cleaned);
    }
    return out.length() == 0 ? "sdk" : out.toString();
  }

  /** A class name: PascalCase, never a java.lang name, never starting with a digit. */
  static String className(Name name) {
    String pascal = PROVIDER.spell(NameKind.TYPE, name);
    return JavaNames.JAVA_LANG.contains(pascal) ? pascal + "Model" : pascal;
  }

  /** A method, field or parameter name: camelCase, never a keyword or literal. */
  static String member(Name name) {
    return Identifiers.unreserved(PROVIDER.spell(NameKind.PARAMETER, name), JavaNames.RESERVED, "_");
  }

  /** A constant name: SCREAMING_SNAKE_CASE, never starting with a digit. */
  static String constant(Name name) {
    return PROVIDER.spell(NameKind.ENUM_VALUE, name);
  }

  /**
   * Member names of {@code kind} for many items in one class, unique and clear of {@code reserved};
   * {@code pointer} tells where each item's name is written, for rename warnings.
   */
  <T> Map<T, String> members(NameKind kind, List<T> items, Function<T, Name> name, Function<T, String> pointer,
      Set<String> reserved) {
    // Object's own methods are escaped like keywords (finalize_), so the name still reads as the spec's.
    SymbolTable.Scope scope = table.newScope().reserveWords(JavaNames.OBJECT_MEMBERS).reserve(reserved);
    Map<T, String> names = new LinkedHashMap<>();
    items.forEach(item -> names.put(item, member(scope, kind, name.apply(item), pointer.apply(item))));
    return names;
  }

  /** Constant names for many items in one class, unique and clear of {@code reserved}. */
  <T> Map<T, String> constants(List<T> items, Function<T, Name> name, String pointer, Set<String> reserved) {
    SymbolTable.Scope scope = table.newScope().reserve(reserved);
    Map<T, String> names = new LinkedHashMap<>();
    items.forEach(item -> names.put(item, scope.claim(NameKind.ENUM_VALUE, constant(name.apply(item)),
        new SymbolTable.Source(name.apply(item).wire(), pointer))));
    return names;
  }

  /** Claims {@code name}'s camelCase spelling as a member of {@code kind} in {@code scope}. */
  static String member(SymbolTable.Scope scope, NameKind kind, Name name, String pointer) {
    return scope.claim(kind, PROVIDER.spell(NameKind.PARAMETER, name), new SymbolTable.Source(name.wire(), pointer));
  }

  /** The shared scope {@code key}, such as {@code models}, where classes of one package are named. */
  SymbolTable.Scope scope(String key) {
    return table.scope(key);
  }

  /** A scope of its own, for one class's or method's names. */
  SymbolTable.Scope newScope() {
    return table.newScope();
  }

  JavaPackages packages() {
    return packages;
  }

  /** The package of the client: the root, or a mount's package. */
  String clientPackage() {
    return packages.code();
  }

  String models() {
    return packages.models();
  }

  String services() {
    return packages.services();
  }

  String core() {
    return packages.core();
  }

  String errors() {
    return packages.errors();
  }

  ClassName core(String simpleName) {
    return packages.core(simpleName);
  }

  ClassName error(String simpleName) {
    return packages.error(simpleName);
  }

  ClassName type(String id) {
    ClassName name = types.get(id);
    if (name == null) {
      throw new IllegalArgumentException("unknown type id " + id);
    }
    return name;
  }

  ClassName type(TypeDecl type) {
    return type(type.id());
  }

  ClassName params(Operation operation) {
    return params.get(operation.id());
  }

  ClassName service(Resource resource) {
    return ClassName.get(services(), resourceNames.get(resource) + "Service");
  }

  ClassName asyncService(Resource resource) {
    return ClassName.get(services(), resourceNames.get(resource) + "ServiceAsync");
  }

  ClassName endpoints(Resource resource) {
    return ClassName.get(services(), resourceNames.get(resource) + "Endpoints");
  }
}
