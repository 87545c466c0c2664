package dev.switchboard.typescript;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plan.TreeMethod;
import dev.switchboard.core.plan.TreeNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One resource of the client's tree as a module of {@code resources/}: a keyed resource's
 * collection is a function typed by an interface with a call signature ({@code messages('SM…')}
 * gives the member's class, {@code messages.create(...)} calls), a singleton one class with every
 * method and child. Each method is a flat method whose first path parameters are the values its
 * resource holds.
 */
final class TreeFile {
  private final SdkModel model;
  private final TreeNode node;
  private final TreeNames names;
  private final TreeNames.Classes own;
  private final List<ResourceFile.MethodModel> collection;
  private final List<ResourceFile.MethodModel> instance;

  TreeFile(SdkModel model, TreeNode node, TreeNames names) {
    this.model = model;
    this.node = node;
    this.names = names;
    this.own = names.classes(node.id());
    int held = node.bound().size();
    this.collection = methods(node.collection(), held);
    this.instance = methods(node.instance(), own.keyed() ? held + 1 : held);
  }

  private List<ResourceFile.MethodModel> methods(List<TreeMethod> methods, int held) {
    return methods.stream().map(m -> new ResourceFile.MethodModel(model, model.operations.get(m.operation()),
        model.plan.operation(m.operation()), names.method(m.operation()), held)).toList();
  }

  /** Every method, collection first. */
  List<ResourceFile.MethodModel> methods() {
    List<ResourceFile.MethodModel> all = new ArrayList<>(collection);
    all.addAll(instance);
    return all;
  }

  /** The names the module exports: its classes and its params types. */
  List<String> exports() {
    List<String> exports = new ArrayList<>(List.of(own.list()));
    own.context().ifPresent(exports::add);
    methods().forEach(m -> m.paramsType.ifPresent(type -> exports.add("type " + type)));
    return exports;
  }

  String module() {
    return own.module();
  }

  /** The client's member {@code property} that is this resource with {@code path} values held, made on first access. */
  Views.ClientResource member(String property, String path) {
    return new Views.ClientResource(property, own.list(), own.module(), Code.lazyField(property, own.list()),
        Code.lazyGetter(property, own.list(), maker(own), List.of("this", path)));
  }

  Views.TreeResource view() {
    SharedValues shared = new SharedValues();
    List<String> tables = new ArrayList<>();
    List<String> params = new ArrayList<>();
    methods().forEach(m -> m.paramsInterface().ifPresent(params::add));
    String listTable = own.keyed() ? "listOperations" : "operations";
    Optional<String> listPrefix = table(listTable, own.keyed() ? collection : methods(), shared, tables);
    Optional<String> contextPrefix = own.keyed() ? table("contextOperations", instance, shared, tables) : Optional.empty();
    tables.replaceAll(shared::resolve);
    List<String> constants = ResourceFile.constants(shared);
    String classes = own.keyed()
        ? keyedList(listTable, listPrefix) + "\n" + context(contextPrefix)
        : singleton(listPrefix);
    List<String> codecImports = ResourceFile.codecImports(model, String.join("", tables) + String.join("", constants));
    List<String> treeNames = own.keyed() ? List.of("keyedList", "TreeResource", "type PathValues")
        : List.of("TreeResource", "type PathValues");
    String treeImport = Code.importNames("import", treeNames, model.folder.runtimeFromResources() + "/tree.js")
        .stripTrailing();
    return new Views.TreeResource(model.folder.runtimeFromResources(), codecImports, treeImport, childImports(),
        params, constants, tables, classes);
  }

  /** {@code const NAME = {...} satisfies ...;} when there are methods; the ids' common prefix. */
  private Optional<String> table(String name, List<ResourceFile.MethodModel> methods, SharedValues shared,
      List<String> tables) {
    if (methods.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> prefix = ResourceFile.idPrefix(methods);
    StringBuilder out = new StringBuilder("const " + name + " = {\n");
    methods.forEach(m -> out.append(m.source(shared, prefix)));
    tables.add(out.append("} satisfies Record<string, OperationSource>;\n\n").toString());
    return prefix;
  }

  private List<String> childImports() {
    TreeSet<String> modules = new TreeSet<>();
    List<String> imports = new ArrayList<>();
    for (String id : children()) {
      TreeNames.Classes child = names.classes(id);
      if (modules.add(child.module())) {
        imports.add(Code.importNames("import", List.of(child.list()), "./" + child.module() + ".js").stripTrailing());
      }
    }
    return imports.stream().sorted().toList();
  }

  private List<String> children() {
    List<String> all = new ArrayList<>(node.instanceChildren());
    all.addAll(node.collectionChildren());
    return all;
  }

  /** The collection's call signature, its parameter on a line of its own where the whole is too long, as Prettier does. */
  private static String callSignature(String parameter, String returned) {
    String line = "  (" + parameter + "): " + returned + ";\n";
    return line.length() - 1 <= Code.WIDTH ? line : "  (\n    " + parameter + ",\n  ): " + returned + ";\n";
  }

  /** The collection's interface (call signature, methods, children) and the function that makes it. */
  private String keyedList(String table, Optional<String> prefix) {
    String key = keyName();
    String context = own.context().orElseThrow();
    StringBuilder out = new StringBuilder();
    out.append("/** ").append(title()).append(": `").append(memberCall(key)).append("` is one of them. */\n");
    out.append("export interface ").append(own.list()).append(" {\n");
    out.append(callSignature(key + ": " + keyType(), context));
    appendMethods(out, collection, "");
    for (String id : node.collectionChildren()) {
      out.append("  readonly ").append(names.member(id)).append(": ").append(names.classes(id).list()).append(";\n");
    }
    out.append("}\n\n");
    out.append("/** Makes {@link ").append(own.list()).append("} for the path values its parent holds. */\n");
    out.append(Code.print(Doc.concat(Code.call("export function " + own.list(),
        List.of("client: BaseClient", "path: PathValues")), Doc.text(": " + own.list() + " {")), 0)).append('\n');
    List<Doc> arguments = new ArrayList<>(List.of(Doc.text("client"), Doc.text("path"), Doc.text(context),
        childrenObject(), Doc.text(collection.isEmpty() ? "{}" : table)));
    prefix.ifPresent(p -> arguments.add(Doc.text(TsText.string(p))));
    Doc call = Doc.concat(Doc.text("keyedList<" + own.list() + ">"), Doc.list("(", arguments, ")", false));
    out.append(Code.print(Doc.concat(Doc.text("return "), call, Doc.text(";")), 2)).append("\n}\n");
    return out.toString();
  }

  /** The collection's children for {@code keyedList}: each made on first access. */
  private Doc childrenObject() {
    if (node.collectionChildren().isEmpty()) {
      return Doc.text("{}");
    }
    return Doc.list("{", node.collectionChildren().stream()
        .map(id -> Doc.text(names.member(id) + ": " + names.classes(id).list())).toList(), "}", true);
  }

  private String context(Optional<String> prefix) {
    StringBuilder out = new StringBuilder();
    out.append("/** One of ").append(title().toLowerCase(java.util.Locale.ROOT)).append(", by its `")
        .append(keyName()).append("`. */\n");
    out.append("export class ").append(own.context().orElseThrow()).append(" extends TreeResource {\n");
    return classBody(out, instance.isEmpty() ? Optional.empty() : Optional.of("contextOperations"), prefix,
        instance, node.instanceChildren());
  }

  private String singleton(Optional<String> prefix) {
    StringBuilder out = new StringBuilder();
    out.append("/** ").append(title()).append(". */\n");
    out.append("export class ").append(own.list()).append(" extends TreeResource {\n");
    return classBody(out, methods().isEmpty() ? Optional.empty() : Optional.of("operations"), prefix, methods(),
        children());
  }

  /** A class's table definition, method declarations and children, each made on first access. */
  private String classBody(StringBuilder out, Optional<String> table, Optional<String> prefix,
      List<ResourceFile.MethodModel> methods, List<String> children) {
    List<String> parts = new ArrayList<>();
    table.ifPresent(t -> parts.add("  static {\n    this._define(" + t
        + prefix.map(p -> ", " + TsText.string(p)).orElse("") + ");\n  }\n"));
    if (!methods.isEmpty()) {
      StringBuilder declared = new StringBuilder();
      appendMethods(declared, methods, "declare ");
      parts.add(declared.toString());
    }
    if (!children.isEmpty()) {
      StringBuilder fields = new StringBuilder();
      children.forEach(id -> fields.append(Code.lazyField(names.member(id), names.classes(id).list())));
      parts.add(fields.toString());
      for (String id : children) {
        TreeNames.Classes child = names.classes(id);
        parts.add(Code.lazyGetter(names.member(id), child.list(), maker(child),
            List.of("this._client", "this._path")));
      }
    }
    return out.append(String.join("\n", parts)).append("}\n").toString();
  }

  /** What makes a resource: the function of a keyed collection, else the class's constructor. */
  private static String maker(TreeNames.Classes classes) {
    return (classes.keyed() ? "" : "new ") + classes.list();
  }

  private static void appendMethods(StringBuilder out, List<ResourceFile.MethodModel> methods, String keyword) {
    for (int i = 0; i < methods.size(); i++) {
      out.append(i == 0 || keyword.isEmpty() ? "" : "\n").append(methods.get(i).code(keyword));
    }
  }

  /** The key's type as the member's methods take it ({@code string}, {@code number}); text where none does. */
  private String keyType() {
    String key = node.key().orElseThrow();
    return instance.stream().flatMap(m -> m.params().stream())
        .filter(p -> p.held() && p.parameter().map(q -> q.name().wire().equals(key)).orElse(false))
        .findFirst().map(p -> model.types.flat(p.type(), "Models.")).orElse("string");
  }

  /** The key's name as the call signature's parameter: {@code sid}. */
  private String keyName() {
    return TsSymbols.binding(Name.of(node.key().orElseThrow()).words());
  }

  private String memberCall(String key) {
    return dev.switchboard.core.naming.Case.camel(node.name().words()) + "(" + key + ")";
  }

  /** The resource's name in words, capitalised: {@code Feedback summary}. */
  private String title() {
    String words = String.join(" ", node.name().words());
    return words.isEmpty() ? own.list() : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
