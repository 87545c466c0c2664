package dev.switchboard.golang;

import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.plan.ErrorBody;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.PlanResource;
import dev.switchboard.core.plan.Result;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resource as a Go service: a method per planned operation taking the context, the required
 * path parameters, a params struct with everything else, and call options.
 */
final class ServiceFile {
  private final GoTypes types;
  private final SymbolTable symbols;
  private final Map<String, Operation> operations;
  private final Map<String, String> paramsTypes = new LinkedHashMap<>();
  private final Map<Input, String> fieldNames = new LinkedHashMap<>();
  private final String packageName;

  ServiceFile(GoTypes types, SymbolTable symbols, Map<String, Operation> operations, String packageName) {
    this.types = types;
    this.symbols = symbols;
    this.operations = operations;
    this.packageName = packageName;
  }

  private final List<Views.Example> examples = new ArrayList<>();

  /** An example per method printed so far, each calling it on a stub client. */
  List<Views.Example> examples() {
    return examples;
  }

  /**
   * Where a method is printed: its receiver's type, the name its params struct wants and how many of
   * its path parameters, first in path order, the receiver holds ({@code s.path}).
   */
  record Receiver(String type, String params, int held) {}

  Views.Service view(PlanResource resource, String serviceName, String clientField) {
    SymbolTable.Scope methods = symbols.scope("service:" + resource.name().key());
    PagesTwins.reserve(methods, resource.operations(), o -> o, PlanOperation::method);
    List<Views.Params> params = new ArrayList<>();
    List<Views.Method> methodViews = new ArrayList<>();
    for (PlanOperation operation : resource.operations()) {
      Operation ir = operations.get(operation.id());
      String method = methods.claim(NameKind.OPERATION, GoSymbols.PROVIDER.spell(NameKind.OPERATION, operation.method()),
          new SymbolTable.Source(ir.localName().wire(), ir.source()));
      String paramsName = GoSymbols.exported(resource.name().words()) + GoSymbols.exported(operation.method().words()) + "Params";
      methodViews.addAll(method(operation, method, new Receiver(serviceName, paramsName, 0), params));
      example(operation, "client." + clientField, serviceName, method, 0);
    }
    List<String> doc = GoText.comment(serviceName + " calls the " + resource.name().wire() + " operations of the API.",
        Optional.empty(), false);
    return new Views.Service(null, doc, serviceName, params, methodViews);
  }

  /** Records the example of the method just printed, called on the expression {@code receiver}. */
  void example(PlanOperation operation, String receiver, String type, String method, int held) {
    examples.add(new ExampleCall(types, operation, receiver, "Example" + type + "_" + method, method,
        paramsTypes.get(operation.id()), fieldNames, held(operation, held)).view());
  }

  /** The operation's path parameters in the order its path names them. */
  static List<Input> pathOrder(PlanOperation operation) {
    return operation.inputs().stream().filter(i -> i.location() == Input.Location.PATH)
        .sorted(java.util.Comparator.comparingInt(i -> operation.path().indexOf("{" + i.wire() + "}"))).toList();
  }

  /**
   * The first {@code count} path parameters, which a receiver holds; fewer when the path has fewer
   * (a spec may call a path without the key a member's path), the values past them unused.
   */
  static List<Input> held(PlanOperation operation, int count) {
    List<Input> path = pathOrder(operation);
    return path.subList(0, Math.min(count, path.size()));
  }

  /**
   * A method of {@code receiver}: the path parameters it holds come from {@code s.path}, the other
   * required ones are arguments, every other input is a field of its params struct, added to {@code params}.
   */
  List<Views.Method> method(PlanOperation operation, String method, Receiver receiver, List<Views.Params> params) {
    fieldNames.clear();
    Operation ir = operations.get(operation.id());
    SymbolTable.Scope locals = symbols.newScope().reserveWords(GoSymbols.localReserved());
    List<String> signature = new ArrayList<>(List.of("ctx context.Context"));
    Map<Input, String> values = new LinkedHashMap<>();
    List<Input> held = held(operation, receiver.held());
    for (int i = 0; i < held.size(); i++) {
      values.put(held.get(i), "s.path[" + i + "]");
    }
    List<Input> fields = new ArrayList<>();
    for (Input input : operation.inputs()) {
      if (values.containsKey(input)) {
        continue;
      }
      if (input.location() == Input.Location.PATH && input.required()) {
        String local = locals.claimGenerated(NameKind.PARAMETER, GoSymbols.local(input.name().words()));
        signature.add(local + " " + types.of(input.type()));
        values.put(input, local);
      } else {
        fields.add(input);
      }
    }
    Optional<Result.Paged> paged = operation.result() instanceof Result.Paged p ? Optional.of(p) : Optional.empty();
    String limitField = null;
    if (!fields.isEmpty() || paged.isPresent()) {
      String name = types.scope().claimGenerated(NameKind.TYPE, receiver.params());
      SymbolTable.Scope members = symbols.scope("params:" + operation.id());
      List<Views.Field> fieldViews = new ArrayList<>();
      for (Input input : fields) {
        String field = members.claim(NameKind.PARAMETER, GoSymbols.PROVIDER.spell(NameKind.PARAMETER, input.name()),
            new SymbolTable.Source(input.name().wire(), ir.source()));
        values.put(input, "params." + field);
        fieldNames.put(input, field);
        fieldViews.add(new Views.Field(GoText.comment(field + " " + describe(input), input.docs().text(),
            input.deprecated()), field, inputType(input, operation), null));
      }
      if (paged.isPresent()) {
        limitField = members.claimGenerated(NameKind.PARAMETER, GoSymbols.exported(paged.get().itemLimit().words()));
        fieldViews.add(new Views.Field(GoText.comment(limitField + " is the most items the iteration yields; no page"
            + " past them is fetched. Every item when absent.", Optional.empty(), false), limitField, "core.Opt[int]", null));
      }
      paramsTypes.put(operation.id(), name);
      params.add(new Views.Params(GoText.comment(name + " are the inputs of " + receiver.type() + "." + method + ".",
          Optional.empty(), false), name, fieldViews));
      signature.add("params " + name);
    }
    signature.add("opts ...core.Option");
    List<String> body = new ArrayList<>();
    body.add("req := core.NewRequest(" + GoText.quote(operation.httpMethod()) + ", " + GoText.quote(operation.path()) + ")");
    requireOneOf(operation, values, body);
    requireGiven(operation, fields, values, body);
    inputs(operation, ir, values, body);
    settings(operation, body);
    List<String> doc = GoText.comment(method + " calls " + operation.httpMethod() + " " + operation.path() + ".",
        ir.docs().text(), operation.deprecated());
    if (operation.result() instanceof Result.Paged pagedResult) {
      return pagedMethods(pagedResult, doc, method, receiver, signature, body, limitField);
    }
    String returns = returns(operation, body);
    return List.of(new Views.Method(doc, receiver.type(), method, "(" + String.join(", ", signature) + ") " + returns, body));
  }

  /**
   * A list operation's two methods: {@code <method>Pages} makes the request and yields whole pages,
   * {@code <method>} yields the items of those pages.
   */
  private List<Views.Method> pagedMethods(Result.Paged paged, List<String> doc, String method, Receiver receiver,
      List<String> signature, List<String> body, String limitField) {
    String item = types.of(paged.itemType());
    String pagesMethod = method + PagesTwins.SUFFIX;
    String parameters = "(" + String.join(", ", signature) + ") ";
    body.add("return core.Pages[" + item + "](ctx, s.client, req, opts, " + paging(paged) + ", params." + limitField + ")");
    List<String> arguments = signature.stream().map(p -> p.substring(0, p.indexOf(' '))).map(a -> a.equals("opts") ? "opts..." : a)
        .toList();
    List<String> items = List.of("return core.Items(s." + pagesMethod + "(" + String.join(", ", arguments) + "), params."
        + limitField + ")");
    List<String> pagesDoc = GoText.comment(pagesMethod + " is " + method + " yielding whole pages: each page's items, with"
        + " the response it came in and the next page's URL.", Optional.empty(), false);
    return List.of(new Views.Method(doc, receiver.type(), method, parameters + "iter.Seq2[" + item + ", error]", items),
        new Views.Method(pagesDoc, receiver.type(), pagesMethod, parameters + "iter.Seq2[*core.Page[" + item + "], error]",
            body));
  }

  private static String describe(Input input) {
    String where = switch (input.location()) {
      case PATH -> "is the path parameter " + GoText.quote(input.wire());
      case QUERY -> "is the query parameter " + GoText.quote(input.wire());
      case HEADER -> "is the header " + GoText.quote(input.wire());
      case COOKIE -> "is the cookie " + GoText.quote(input.wire());
      case BODY_FIELD -> "is the body field " + GoText.quote(input.wire());
      case BODY -> "is the request body";
    };
    return where + (input.required() ? "; required." : input.defaultFrom().isPresent()
        ? "; when absent, the client's value is used." : "; left out when absent.");
  }

  private String inputType(Input input, PlanOperation operation) {
    if (input.location() == Input.Location.BODY && operation.body().map(b -> b.kind() == MediaKind.BINARY).orElse(false)) {
      return "io.Reader";
    }
    return types.field(input.type(), input.required());
  }

  private void requireOneOf(PlanOperation operation, Map<Input, String> values, List<String> body) {
    for (List<String> group : operation.requireOneOf()) {
      List<Input> inputs = operation.group(group);
      List<String> given = inputs.stream().map(values::get).toList();
      List<String> names = given.stream().map(v -> GoText.quote(v.substring(v.indexOf('.') + 1))).toList();
      body.add("if !core.AnyGiven(" + String.join(", ", given) + ") {");
      body.add("\treq.Fail(core.GiveOneOf(" + String.join(", ", names) + "))");
      body.add("}");
    }
  }

  /**
   * A required input that may be null is a {@code core.Opt} (so that null can be sent), which the type
   * system lets a caller leave out: the call is refused then, as the other languages refuse it.
   */
  private void requireGiven(PlanOperation operation, List<Input> fields, Map<Input, String> values, List<String> body) {
    for (Input input : fields) {
      String value = values.get(input);
      if (input.required() && inputType(input, operation).startsWith("core.Opt[")) {
        body.add("if !core.AnyGiven(" + value + ") {");
        body.add("\treq.Fail(core.Required(" + GoText.quote(value.substring(value.indexOf('.') + 1)) + "))");
        body.add("}");
      }
    }
  }

  private void inputs(PlanOperation operation, Operation ir, Map<Input, String> values, List<String> body) {
    for (Input input : operation.inputs()) {
      String value = values.get(input);
      String wire = GoText.quote(input.wire());
      switch (input.location()) {
        case PATH -> body.add(input.defaultFrom().map(d -> "req.PathParamOr(" + wire + ", " + value
            + ", core.PathDefault{Scheme: " + GoText.quote(d.scheme()) + ", Index: " + d.index() + ", Env: "
            + GoText.quote(d.environment()) + ", Option: " + GoText.quote(d.option()
                .map(o -> packageName + ".With" + GoSymbols.exported(o.words())).orElse("")) + "})")
            .orElse("req.PathParam(" + wire + ", " + value + ")"));
        case QUERY -> body.add("req.Query(" + wire + ", " + value + ", " + GoText.quote(queryStyle(ir, input)) + ")");
        case HEADER -> body.add("req.Header(" + wire + ", " + value + ")");
        case COOKIE -> body.add("req.Cookie(" + wire + ", " + value + ")");
        default -> { }
      }
    }
    operation.body().ifPresent(plan -> new BodyWriter(operation, plan, values).write(body));
  }

  private static String queryStyle(Operation ir, Input input) {
    return ir.parameters(Parameter.Location.QUERY).stream().filter(p -> p.name().wire().equals(input.wire())).findFirst()
        .map(p -> switch (p.style()) {
          case DEEP_OBJECT -> "deep";
          case SPACE_DELIMITED -> "ssv";
          case PIPE_DELIMITED -> "pipes";
          default -> p.explode() ? "form" : "csv";
        }).orElse("form");
  }

  private void settings(PlanOperation operation, List<String> body) {
    operation.result().bodyMediaType().ifPresent(type -> body.add("req.Accept(" + GoText.quote(type) + ")"));
    operation.idempotencyHeader().ifPresent(h -> body.add("req.Idempotency(" + GoText.quote(h) + ")"));
    if (!operation.security().isEmpty()) {
      List<String> alternatives = operation.security().stream().map(a -> "[]string{" + GoText.quoteAll(a) + "}").toList();
      body.add("req.Security(" + String.join(", ", alternatives) + ")");
    }
    operation.server().ifPresent(url -> body.add("req.Server(" + GoText.quote(url) + ")"));
    for (ErrorBody error : operation.errors()) {
      List<String> parts = new ArrayList<>();
      error.type().ifPresent(t -> parts.add("Decode: core.DecodeAs[" + types.of(t) + "]"));
      if (!error.code().isEmpty()) {
        parts.add("Code: []string{" + GoText.quoteAll(error.code()) + "}");
      }
      if (!error.message().isEmpty()) {
        parts.add("Message: []string{" + GoText.quoteAll(error.message()) + "}");
      }
      body.add("req.Error(" + GoText.quote(error.statusKey()) + ", core.ErrorBody{" + String.join(", ", parts) + "})");
    }
  }

  private String returns(PlanOperation operation, List<String> body) {
    String call = "(ctx, s.client, req, opts)";
    Result result = operation.result();
    if (result instanceof Result.None) {
      body.add("return core.NoContent" + call);
      return "error";
    }
    if (result instanceof Result.Deleted) {
      body.add("return core.Deleted" + call);
      return "(bool, error)";
    }
    if (result instanceof Result.Text) {
      body.add("return core.Text" + call);
      return "(string, error)";
    }
    if (result instanceof Result.Binary) {
      body.add("return core.Binary" + call);
      return "(io.ReadCloser, error)";
    }
    if (result instanceof Result.Stream stream) {
      String type = types.of(stream.eventType());
      body.add("return core.Stream[" + type + "]" + call);
      return "iter.Seq2[" + type + ", error]";
    }
    var decoded = result.decodedType().orElseThrow();
    String type = types.of(decoded);
    if (types.isStruct(decoded) && !(decoded instanceof dev.switchboard.core.ir.TypeRef.Nullable)) {
      body.add("return core.DecodePtr[" + type + "]" + call);
      return "(*" + type + ", error)";
    }
    body.add("return core.Decode[" + type + "]" + call);
    return "(" + type + ", error)";
  }

  private static String paging(Result.Paged paged) {
    List<String> fields = new ArrayList<>();
    Pagination pagination = paged.pagination();
    pagination.accept(new Pagination.Visitor<Void>() {
      @Override
      public Void nextUrl(Pagination.NextUrl p) {
        fields.add("Style: \"next-url\"");
        fields.add("Next: " + path(p.nextUrl()));
        return null;
      }

      @Override
      public Void linkHeader(Pagination.LinkHeader p) {
        fields.add("Style: \"link-header\"");
        return null;
      }

      @Override
      public Void cursor(Pagination.Cursor p) {
        fields.add("Style: \"cursor\"");
        fields.add("Next: " + path(p.nextCursor()));
        fields.add("CursorParam: " + GoText.quote(p.cursorParam()));
        p.hasMore().ifPresent(h -> fields.add("HasMore: " + path(h)));
        if (p.lastItem()) {
          fields.add("LastItem: true");
        }
        return null;
      }

      @Override
      public Void offset(Pagination.Offset p) {
        fields.add("Style: \"offset\"");
        fields.add("OffsetParam: " + GoText.quote(p.offsetParam()));
        p.limitParam().ifPresent(l -> fields.add("LimitParam: " + GoText.quote(l)));
        if (p.pages()) {
          fields.add("Pages: true");
        }
        return null;
      }
    });
    if (!pagination.items().isEmpty()) {
      fields.add(1, "Items: " + path(pagination.items()));
    }
    paged.pageSize().ifPresent(size -> {
      fields.add("PageSizeParam: " + GoText.quote(size.parameter()));
      fields.add("PageSizeMax: " + size.maximum());
    });
    return "core.Paging{" + String.join(", ", fields) + "}";
  }

  static String path(List<String> names) {
    return "[]string{" + GoText.quoteAll(names) + "}";
  }
}
