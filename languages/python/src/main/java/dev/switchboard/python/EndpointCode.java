package dev.switchboard.python;

import dev.switchboard.core.ir.BodyContent;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.TypeDecl;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.plan.CredentialDefault;
import dev.switchboard.core.plan.ErrorBody;
import dev.switchboard.core.plan.FieldEncoding;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.Result;
import dev.switchboard.python.OperationPlan.Shape;
import dev.switchboard.python.PyTypes.Scope;
import dev.switchboard.python.PyTypes.Use;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Renders the {@code Endpoint(...)} constant that describes one operation to the runtime. */
final class EndpointCode {
  private static final Map<MediaKind, String> BODY_KINDS = Map.of(
      MediaKind.JSON, "json", MediaKind.FORM, "form", MediaKind.MULTIPART, "multipart",
      MediaKind.BINARY, "binary", MediaKind.TEXT, "text", MediaKind.EVENT_STREAM, "binary");
  private static final Map<MediaKind, String> DEFAULT_CONTENT_TYPES = Map.of(
      MediaKind.JSON, "application/json", MediaKind.FORM, "application/x-www-form-urlencoded");

  private final PyTypes types;
  private final Scope scope;
  private final List<String> items = new ArrayList<>();

  /** {@code scope} is the resource module's; types the runtime validates against are read at call time. */
  EndpointCode(PyTypes types, Scope scope) {
    this.types = types;
    this.scope = scope;
  }

  /**
   * A type as a value a response is decoded into, in a {@code lambda} so that its models are
   * imported when the operation is first called, not when the resource is.
   */
  private String runtimeType(TypeRef type, int indent, int column) {
    String spelled = types.type(type, Use.FIELD, scope.atCallTime()).render(indent, column + "lambda: ".length(), 1);
    if (spelled.contains("_models.")) {
      scope.imports().name("..", "models as _models");
    }
    return "lambda: " + spelled;
  }

  /** A model's class at call time, from the lazily loading models package. */
  private String modelName(String id) {
    String spelled = types.type(new TypeRef.Named(id), Use.RESULT, scope.atCallTime()).flat();
    if (spelled.contains("_models.")) {
      scope.imports().name("..", "models as _models");
    }
    return spelled;
  }

  String render(Operation operation, PlanOperation planned, Shape shape) {
    scope.imports().name(".._core", "Endpoint");
    add("method", PyText.literal(operation.method().toUpperCase(Locale.ROOT)));
    add("path", PyText.literal(operation.path()));
    response(planned.result());
    errors(planned);
    security(planned);
    planned.server().ifPresent(server -> add("server", PyText.literal(server)));
    planned.body().ifPresent(body -> body(operation.body().orElseThrow().preferred(), body));
    operation.body().ifPresent(body -> bodyFormat(body.preferred().type()));
    queryStyles(operation);
    planned.idempotencyHeader().ifPresent(header -> add("idempotency_header", PyText.literal(header)));
    pathDefaults(planned);
    if (shape == Shape.PAGER) {
      Result.Paged paged = (Result.Paged) planned.result();
      add("paging", paging(paged.pagination(), paged.type()));
      paged.pageSize().ifPresent(size -> add("page_size", "(" + PyText.literal(size.parameter()) + ", " + size.maximum() + ")"));
    }
    return PyCode.explode(0, "Endpoint(", items, ")");
  }

  /** How the body's values are written: an object body's table itself, any other body's format. */
  private void bodyFormat(TypeRef type) {
    WireFormats formats = new WireFormats(types);
    Optional<List<String>> table = formats.bodyTable(type, this::modelName);
    if (table.isPresent()) {
      addWrapped("body_format", "lambda: {", table.get(), "}");
    } else {
      formats.of(type, this::modelName).ifPresent(format -> add("body_format", format));
    }
  }

  /** Path parameters a call may leave out: the scheme whose user name they take, and its variable. */
  private void pathDefaults(PlanOperation planned) {
    List<String> entries = planned.inputs().stream().filter(i -> i.defaultFrom().isPresent()).map(i -> {
      CredentialDefault from = i.defaultFrom().orElseThrow();
      return PyText.literal(i.wire()) + ": (" + PyText.literal(from.scheme()) + ", " + PyText.literal(from.environment()) + ")";
    }).toList();
    if (!entries.isEmpty()) {
      addWrapped("path_defaults", "{", entries, "}");
    }
  }

  private void add(String name, String value) {
    items.add(name + "=" + value);
  }

  private void addWrapped(String name, String open, List<String> values, String close) {
    items.add(PyCode.wrap(4, name + "=" + open, values, close, 1));
  }

  /**
   * How the body is read: decoded JSON by default, else events, bytes or text; none without a body,
   * or for a delete whether the server deleted, which the runtime tells from the status.
   */
  private void response(Result result) {
    if (result instanceof Result.Deleted) {
      add("response", "\"deleted\"");
      return;
    }
    if (result.bodyMediaType().isEmpty()) {
      add("response", "\"none\"");
      return;
    }
    if (result instanceof Result.Stream) {
      add("response", "\"events\"");
    } else if (result instanceof Result.Binary) {
      add("response", "\"binary\"");
    } else if (result instanceof Result.Text) {
      add("response", "\"text\"");
    }
    result.decodedType().ifPresent(type -> add("response_type", runtimeType(type, 4, "response_type=".length())));
    add("accept", PyText.literal(result.bodyMediaType().orElseThrow()));
  }

  private void errors(PlanOperation planned) {
    List<String> entries = new ArrayList<>();
    for (ErrorBody error : planned.errors()) {
      error.type().ifPresent(type -> {
        String key = PyText.literal(error.statusKey()) + ": ";
        entries.add(key + runtimeType(type, 8, key.length()));
      });
    }
    if (!entries.isEmpty()) {
      addWrapped("errors", "{", entries, "}");
    }
    List<String> fields = new ArrayList<>();
    for (ErrorBody error : planned.errors()) {
      if (!error.code().isEmpty() || !error.message().isEmpty()) {
        fields.add(PyText.literal(error.statusKey()) + ": " + PyCode.tuple(8, List.of(wirePath(error.code()),
            wirePath(error.message())), 1));
      }
    }
    if (!fields.isEmpty()) {
      addWrapped("error_fields", "{", fields, "}");
    }
  }

  private static String wirePath(List<String> path) {
    return PyCode.tuple(12, path.stream().map(PyText::literal).toList(), 1);
  }

  private void security(PlanOperation planned) {
    List<String> alternatives = new ArrayList<>();
    for (List<String> requirement : planned.security()) {
      alternatives.add(PyCode.tuple(8, requirement.stream().map(PyText::literal).toList(), 1));
    }
    if (!alternatives.isEmpty()) {
      items.add("security=" + PyCode.tuple(4, alternatives, 1));
    }
  }

  private void body(BodyContent content, PlanOperation.BodyPlan body) {
    add("body", PyText.literal(BODY_KINDS.get(content.kind())));
    if (body.required()) {
      add("body_required", "True");
    }
    String defaultType = DEFAULT_CONTENT_TYPES.get(content.kind());
    if (content.kind() != MediaKind.MULTIPART && !content.mediaType().equals(defaultType)) {
      add("content_type", PyText.literal(content.mediaType()));
    }
    List<String> styles = new ArrayList<>();
    List<String> partTypes = new ArrayList<>();
    for (FieldEncoding encoding : body.encodings()) {
      encoding.formStyle().ifPresent(style ->
          styles.add(PyText.literal(encoding.field()) + ": " + PyText.literal(style)));
      encoding.contentType().ifPresent(type ->
          partTypes.add(PyText.literal(encoding.field()) + ": " + PyText.literal(type)));
    }
    if (content.kind() == MediaKind.FORM && !styles.isEmpty()) {
      addWrapped("form_styles", "{", styles, "}");
    }
    if (content.kind() == MediaKind.MULTIPART && !partTypes.isEmpty()) {
      addWrapped("part_types", "{", partTypes, "}");
    }
  }


  private void queryStyles(Operation operation) {
    List<String> styles = new ArrayList<>();
    for (Parameter parameter : operation.parameters(Parameter.Location.QUERY)) {
      style(parameter).ifPresent(style -> styles.add(PyText.literal(parameter.name().wire()) + ": " + PyText.literal(style)));
    }
    if (!styles.isEmpty()) {
      addWrapped("query_styles", "{", styles, "}");
    }
  }

  private static Optional<String> style(Parameter parameter) {
    return switch (parameter.style()) {
      case FORM -> parameter.explode() ? Optional.empty() : Optional.of("csv");
      case SPACE_DELIMITED -> Optional.of("ssv");
      case PIPE_DELIMITED -> Optional.of("pipes");
      case DEEP_OBJECT -> Optional.of("deep");
      default -> Optional.empty();
    };
  }

  private String paging(Pagination pagination, TypeRef page) {
    return pagination.accept(new Pagination.Visitor<String>() {
      @Override
      public String nextUrl(Pagination.NextUrl p) {
        return paging("NextUrlPaging", List.of(path("items", p.items(), page), path("next_url", p.nextUrl(), page)));
      }

      @Override
      public String linkHeader(Pagination.LinkHeader p) {
        return paging("LinkHeaderPaging", List.of(path("items", p.items(), page)));
      }

      @Override
      public String cursor(Pagination.Cursor p) {
        List<String> args = new ArrayList<>(List.of(path("items", p.items(), page),
            "cursor_param=" + PyText.literal(p.cursorParam()),
            path("next_cursor", p.nextCursor(), p.lastItem() ? p.itemType() : page)));
        p.hasMore().ifPresent(hasMore -> args.add(path("has_more", hasMore, page)));
        if (p.lastItem()) {
          args.add("last_item=True");
        }
        return paging("CursorPaging", args);
      }

      @Override
      public String offset(Pagination.Offset p) {
        List<String> args = new ArrayList<>(List.of(path("items", p.items(), page),
            "offset_param=" + PyText.literal(p.offsetParam())));
        p.limitParam().ifPresent(limit -> args.add("limit_param=" + PyText.literal(limit)));
        if (p.pages()) {
          args.add("pages=True");
        }
        return paging("OffsetPaging", args);
      }
    });
  }

  private String paging(String className, List<String> args) {
    scope.imports().name(".._pagination", className);
    return PyCode.wrap(4, className + "(", args, ")", 1);
  }

  /** A path of wire names as the Python attribute names the typed page body has. */
  private String path(String name, List<String> wirePath, TypeRef root) {
    List<String> attributes = new ArrayList<>();
    Optional<TypeDecl.ObjectType> current = object(root);
    for (String wire : wirePath) {
      int index = current.map(o -> indexOf(o, wire)).orElse(-1);
      if (index < 0) {
        attributes.add(PyText.literal(wire));
        current = Optional.empty();
        continue;
      }
      attributes.add(PyText.literal(types.symbols().fieldNames(current.get()).get(index)));
      current = object(current.get().properties().get(index).type());
    }
    return name + "=" + PyCode.tuple(8, attributes, 1);
  }

  private static int indexOf(TypeDecl.ObjectType object, String wire) {
    for (int i = 0; i < object.properties().size(); i++) {
      if (object.properties().get(i).name().wire().equals(wire)) {
        return i;
      }
    }
    return -1;
  }

  private Optional<TypeDecl.ObjectType> object(TypeRef type) {
    return type.nonNull() instanceof TypeRef.Named named
        ? types.decl(named.id()).filter(TypeDecl.ObjectType.class::isInstance).map(TypeDecl.ObjectType.class::cast)
        : Optional.empty();
  }
}
