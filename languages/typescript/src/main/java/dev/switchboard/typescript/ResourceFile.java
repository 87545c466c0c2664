package dev.switchboard.typescript;

import static dev.switchboard.typescript.Doc.concat;
import static dev.switchboard.typescript.Doc.text;

import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.Property;
import dev.switchboard.core.ir.RequestBody;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.plan.ExampleValue;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.Result;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** One resource: a class with a method per operation, and its params interfaces. */
final class ResourceFile {
  private final SdkModel model;
  private final Resource resource;
  private final String className;
  private final List<MethodModel> methods = new ArrayList<>();
  /** A use of the runtime's codecs ({@code $.array}) or of the API's ({@code C.Call}) in operation sources. */
  private static final Pattern RUNTIME_CODEC = Pattern.compile("(?<![\\w$.'])\\$\\.");
  private static final Pattern API_CODEC = Pattern.compile("(?<![\\w$.'])C\\.");

  ResourceFile(SdkModel model, Resource resource, String className) {
    this.model = model;
    this.resource = resource;
    this.className = className;
    SymbolTable.Scope names = model.table.scope("methods " + className).reserve(List.of("constructor"));
    for (Operation operation : resource.operations()) {
      PlanOperation planned = model.plan.operation(operation.id());
      String method = TsSymbols.identifierMember(names, NameKind.OPERATION, planned.method(), operation.source());
      methods.add(new MethodModel(model, operation, planned, method));
    }
  }

  List<MethodModel> methods() {
    return methods;
  }

  Views.Resource view() {
    List<String> params = new ArrayList<>();
    List<String> operations = new ArrayList<>();
    List<String> methodCode = new ArrayList<>();
    SharedValues shared = new SharedValues();
    Optional<String> idPrefix = idPrefix(methods);
    for (MethodModel method : methods) {
      method.paramsInterface().ifPresent(params::add);
      operations.add(method.source(shared, idPrefix));
      methodCode.add(methodCode.isEmpty() ? method.code() : "\n" + method.code());
    }
    operations.replaceAll(shared::resolve);
    List<String> constants = constants(shared);
    List<String> imports = codecImports(model, String.join("", operations) + String.join("", constants));
    String define = "operations" + idPrefix.map(prefix -> ", " + TsText.string(prefix)).orElse("");
    return new Views.Resource(model.folder.runtimeFromResources(),
        className, TsText.jsdoc(resource.docs(), ""), imports, params, constants, operations, methodCode, define);
  }

  /** The shared values' declarations, with a blank line after the last. */
  static List<String> constants(SharedValues shared) {
    List<String> constants = new ArrayList<>(shared.declarations());
    if (!constants.isEmpty()) {
      constants.set(constants.size() - 1, constants.get(constants.size() - 1) + "\n");
    }
    return constants;
  }

  /** The imports of the codecs that a module's {@code code} uses: the runtime's, the API's. */
  static List<String> codecImports(SdkModel model, String code) {
    List<String> imports = new ArrayList<>();
    if (RUNTIME_CODEC.matcher(code).find()) {
      imports.add("import * as $ from '" + model.folder.runtimeFromResources() + "/codec.js';");
    }
    if (API_CODEC.matcher(code).find()) {
      imports.add("import * as C from '../codecs.js';");
    }
    return imports;
  }

  /**
   * The prefix most of the operations' ids have before their method's name in kebab case (GitHub's
   * {@code repos/get-org-ruleset} is {@code repos/} and {@code getOrgRuleset}), which the runtime
   * puts back for the operations whose table entries leave their id out; empty when no id is so.
   */
  static Optional<String> idPrefix(List<MethodModel> methods) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (MethodModel method : methods) {
      String id = method.operation.name().wire();
      String suffix = kebab(method.name);
      if (id.endsWith(suffix)) {
        counts.merge(id.substring(0, id.length() - suffix.length()), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a).map(Map.Entry::getKey);
  }

  /** A method name in kebab case as the runtime spells it: a hyphen and the lower case before each A-Z. */
  static String kebab(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (c >= 'A' && c <= 'Z') {
        out.append('-').append((char) (c - 'A' + 'a'));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** One operation as a method, with its params interface and operation source. */
  static final class MethodModel {
    final Operation operation;
    final String name;
    final Optional<String> paramsType;
    private final SdkModel model;
    private final PlanOperation planned;
    private final List<Param> params = new ArrayList<>();
    /** The wire names of the path parameters the resource holds values for, which are not params. */
    private final Set<String> held;
    private final Optional<RequestBody> body;
    private final Map<String, String> renamedFields = new LinkedHashMap<>();
    private String bodyParam;
    private Optional<String> itemLimit = Optional.empty();

    MethodModel(SdkModel model, Operation operation, PlanOperation planned, String name) {
      this(model, operation, planned, name, 0);
    }

    /**
     * A method of a resource that holds values for the operation's first {@code held} path
     * parameters in path order (a resource of the tree): they are in its table, not its params.
     */
    MethodModel(SdkModel model, Operation operation, PlanOperation planned, String name, int held) {
      this.model = model;
      this.operation = operation;
      this.planned = planned;
      this.name = name;
      this.held = Set.copyOf(pathOrder(operation).subList(0, Math.min(held, pathOrder(operation).size())));
      this.body = sendableBody(model, operation, planned);
      collectParams();
      this.paramsType = given().isEmpty() && itemLimit.isEmpty()
          ? Optional.empty()
          : Optional.of(model.symbols.claimType(Case.pascal(operation.name().words()) + "Params"));
    }

    /** The request body, unless the plan drops it (GET and HEAD); a dropped required body is worth a warning. */
    PlanOperation planned() {
      return planned;
    }

    private static Optional<RequestBody> sendableBody(SdkModel model, Operation operation, PlanOperation planned) {
      if (planned.bodyDropped() && operation.body().filter(RequestBody::required).isPresent()) {
        model.diagnostics.warning("typescript-body-ignored", operation.source() + "/requestBody",
            "fetch cannot send a request body with " + operation.method().toUpperCase(Locale.ROOT)
                + "; the TypeScript SDK sends none", null);
      }
      return planned.body().isPresent() ? operation.body() : Optional.empty();
    }

    /** The wire names of the operation's path parameters, in the order its path has them. */
    static List<String> pathOrder(Operation operation) {
      return PLACEHOLDER.matcher(operation.path()).results().map(m -> m.group(1)).toList();
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    /**
     * A property of the params object: an operation parameter or a property of the body;
     * {@code held} for a path parameter whose value the resource holds.
     */
    record Param(String name, TypeRef type, boolean required, dev.switchboard.core.ir.Docs docs,
        Optional<Parameter> parameter, Optional<ExampleValue> example, boolean held) {}

    /** The plan's inputs; a body field keeps its model property's name unless the plan or a parameter took it. */
    private void collectParams() {
      SymbolTable.Scope taken = model.table.newScope();
      for (Input input : planned.inputs()) {
        switch (input.location()) {
          case BODY_FIELD -> params.add(field(input, taken));
          case BODY -> {
            bodyParam = TsSymbols.identifierMember(taken, NameKind.PARAMETER, input.name(), operation.source());
            params.add(new Param(bodyParam, input.type(), input.required(), input.docs(), Optional.empty(),
                input.example(), false));
          }
          default -> params.add(new Param(parameterName(input, taken), input.type(),
              input.required(), input.docs(), Optional.of(parameter(input)), input.example(),
              input.location() == Input.Location.PATH && held.contains(input.wire())));
        }
      }
      if (planned.result() instanceof Result.Paged paged) {
        itemLimit = Optional.of(TsSymbols.identifierMember(taken, NameKind.PARAMETER, paged.itemLimit(),
            operation.source()));
      }
    }

    /** The params property capping how many items iterating a paged result yields, for paged methods. */
    Optional<String> itemLimit() {
      return itemLimit;
    }

    /** The page size an item limit asks for, when the spec bounds it. */
    Optional<Result.PageSize> pageSize() {
      return planned.result() instanceof Result.Paged paged ? paged.pageSize() : Optional.empty();
    }

    private Param field(Input input, SymbolTable.Scope taken) {
      String typeId = input.flattenedFrom().orElseThrow();
      Property property = ((TypeDecl.ObjectType) model.declarations.get(typeId)).property(input.wire()).orElseThrow();
      String own = model.property(typeId, property);
      boolean renamed = !input.name().key().equals(property.name().key());
      String name = own;
      if (renamed || taken.isTaken(own)) {
        name = renamedField(input, taken);
      } else {
        taken.reserve(List.of(own));
      }
      if (!name.equals(own)) {
        renamedFields.put(name, own);
      }
      return new Param(name, input.type(), input.required(), input.docs(), Optional.empty(), input.example(), false);
    }

    /** A parameter's name: as on the wire, or in camelCase with that option. */
    private String parameterName(Input input, SymbolTable.Scope taken) {
      return model.keepsWireName(input.wire())
          ? taken.claim(NameKind.PARAMETER, input.wire(), new SymbolTable.Source(input.wire(), operation.source()))
          : TsSymbols.identifierMember(taken, NameKind.PARAMETER, input.name(), operation.source());
    }

    /** A body field the plan renamed (a parameter has its name): the plan's words, in the SDK's case. */
    private String renamedField(Input input, SymbolTable.Scope taken) {
      return model.camelCase ? TsSymbols.member(taken, NameKind.PARAMETER, input.name(), operation.source())
          : taken.claim(NameKind.PARAMETER, Case.snake(input.name().words()),
              new SymbolTable.Source(input.wire(), operation.source()));
    }

    private Parameter parameter(Input input) {
      return operation.parameters().stream()
          .filter(p -> p.name().wire().equals(input.wire()) && p.location().name().equals(input.location().name()))
          .findFirst().orElseThrow();
    }

    /** Every input, those the resource holds included: the operations table names them all. */
    List<Param> params() {
      return params;
    }

    /** The inputs a caller gives: the params' properties. */
    List<Param> given() {
      return params.stream().filter(p -> !p.held()).toList();
    }

    /** Body properties whose params name differs from their own (a parameter took it), by params name. */
    Map<String, String> renamedFields() {
      return renamedFields;
    }

    boolean paramsRequired() {
      return given().stream().anyMatch(Param::required);
    }

    Optional<String> paramsInterface() {
      if (paramsType.isEmpty()) {
        return Optional.empty();
      }
      StringBuilder out = new StringBuilder("export interface ").append(paramsType.get()).append(" {\n");
      for (Param param : given()) {
        out.append(TsText.jsdoc(param.docs(), "  "));
        String head = TsSymbols.propertyKey(param.name()) + (param.required() ? ":" : "?:");
        out.append(Code.print(concat(text(head), model.paramTypes.annotation(param.type(), "Models."), text(";")), 2));
        out.append('\n');
      }
      itemLimit.ifPresent(limit -> out.append("  /** The most items iterating the result yields; no page past them is fetched. */\n")
          .append("  ").append(TsSymbols.propertyKey(limit)).append("?: number;\n"));
      return Optional.of(out.append("}\n").toString());
    }

    String source(SharedValues shared, Optional<String> idPrefix) {
      return new OperationSource(model, this, shared, idPrefix).render();
    }

    /** The body the SDK sends, if any. */
    Optional<RequestBody> body() {
      return body;
    }

    /** Whether the body must be sent, even with no field set: the plan's rule. */
    boolean bodyRequired() {
      return planned.body().map(PlanOperation.BodyPlan::required).orElse(false);
    }

    String bodyParam() {
      return bodyParam;
    }

    /** The plan's result shape. */
    Result result() {
      return planned.result();
    }

    /** What the method returns for the plan's result shape, e.g. {@code APIPromise<Models.Account>}. */
    String returnType() {
      Result result = planned.result();
      if (result instanceof Result.Paged paged) {
        return "PagePromise<" + model.types.flat(paged.itemType(), "Models.") + ">";
      }
      return "APIPromise<" + resolved(result) + ">";
    }

    private String resolved(Result result) {
      if (result instanceof Result.Stream stream) {
        return "Stream<" + model.types.flat(stream.eventType(), "Models.") + ">";
      }
      if (result instanceof Result.Model value) {
        return model.types.flat(value.type(), "Models.");
      }
      if (result instanceof Result.ListOf list) {
        return model.types.flat(list.type(), "Models.");
      }
      if (result instanceof Result.Deleted) {
        return "boolean";
      }
      return result instanceof Result.Text ? "string" : result instanceof Result.Binary ? "Response" : "void";
    }

    /** What a delete's boolean means, which its type does not say. */
    private Optional<String> returnsDoc() {
      return planned.result() instanceof Result.Deleted
          ? Optional.of("`true` when the server deleted; `false` for 202 Accepted (queued, not yet done).")
          : Optional.empty();
    }

    /**
     * The method's declaration: its type only, since the runtime defines the method from the
     * operations table ({@code APIResource._define}).
     */
    String code() {
      return code("declare ");
    }

    /** The method's type as a member declared after {@code keyword}: {@code declare } in a class, none in an interface. */
    String code(String keyword) {
      StringBuilder out = new StringBuilder();
      out.append(TsText.jsdoc(operation.docs().text(), returnsDoc(), operation.docs().deprecated(), "  "));
      List<String> signature = new ArrayList<>();
      if (paramsType.isPresent()) {
        signature.add("params" + (paramsRequired() ? ": " : "?: ") + paramsType.get());
      }
      signature.add("options?: RequestOptions");
      Doc head = concat(Code.call(keyword + TsSymbols.propertyKey(name) + ": ", signature), text(" => " + returnType() + ";"));
      return out.append(Code.print(head, 2)).append('\n').toString();
    }
  }
}
