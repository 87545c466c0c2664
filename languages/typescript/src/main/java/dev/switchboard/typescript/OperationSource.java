package dev.switchboard.typescript;

import dev.switchboard.core.ir.BodyContent;
import dev.switchboard.core.ir.DateTimeFormat;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.plan.CredentialDefault;
import dev.switchboard.core.plan.ErrorBody;
import dev.switchboard.core.plan.FieldEncoding;
import dev.switchboard.core.plan.Input;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.Result;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code OperationSource} literal that tells the runtime how to call one operation. */
final class OperationSource {
  /** The media of a body or response the runtime assumes when the source leaves it out. */
  private static final String JSON_MEDIA = "json application/json";
  /** The spec of a path parameter named as on the wire, which the route already gives. */
  private static final String IN_ROUTE = "p";
  private final SdkModel model;
  private final ResourceFile.MethodModel method;
  private final Operation operation;
  private final SharedValues shared;
  private final StringBuilder out = new StringBuilder();

  /** The prefix that, with the method's name in kebab case, makes an id the entry leaves out. */
  private final Optional<String> idPrefix;

  OperationSource(SdkModel model, ResourceFile.MethodModel method, SharedValues shared, Optional<String> idPrefix) {
    this.model = model;
    this.method = method;
    this.operation = method.operation;
    this.shared = shared;
    this.idPrefix = idPrefix;
  }

  String render() {
    out.append("  ").append(method.name).append(": {\n");
    String id = operation.name().wire();
    if (!idPrefix.map(prefix -> id.equals(prefix + ResourceFile.kebab(method.name))).orElse(false)) {
      field("id", id);
    }
    field("route", operation.method().toUpperCase(Locale.ROOT) + " " + operation.path());
    params();
    method.body().ifPresent(this::body);
    String response = response();
    if (!response.equals(JSON_MEDIA)) {
      field("response", response);
    }
    responseCodec().ifPresent(codec -> codeField("codec", codec));
    errors();
    security();
    method.planned().server().ifPresent(server -> field("server", server));
    method.planned().idempotencyHeader().ifPresent(header -> field("idempotencyHeader", header));
    operation.pagination().ifPresent(this::pagination);
    pathDefaults();
    requireOneOf();
    if (method.paramsType.isEmpty()) {
      out.append("    noParams: true,\n");
    }
    return out.append("  },\n").toString();
  }

  /**
   * The plan's groups of inputs a call must give one of, as params properties, laid out as
   * prettier does: one line when it fits, and one group a line when there are several.
   */
  private void requireOneOf() {
    PlanOperation planned = method.planned();
    List<Doc> groups = planned.requireOneOf().stream().map(group -> Doc.list("[", planned.group(group).stream()
        .map(input -> Doc.text(TsText.string(method.params().get(planned.inputs().indexOf(input)).name())))
        .toList(), "]", false)).toList();
    if (groups.size() == 1) {
      out.append(Code.print(Doc.concat(Doc.text("requireOneOf: "), Doc.list("[", groups, "]", false), Doc.text(",")), 4))
          .append('\n');
    } else if (!groups.isEmpty()) {
      out.append("    requireOneOf: [\n");
      groups.forEach(group -> out.append(Code.print(Doc.concat(group, Doc.text(",")), 6)).append('\n'));
      out.append("    ],\n");
    }
  }

  /** Path parameters a call may leave out: {@code WIRE: 'SCHEME ENV'}. */
  private void pathDefaults() {
    List<Input> defaulted = method.planned().inputs().stream().filter(i -> i.defaultFrom().isPresent()).toList();
    if (defaulted.isEmpty()) {
      return;
    }
    out.append("    pathDefaults: {\n");
    for (Input input : defaulted) {
      CredentialDefault from = input.defaultFrom().orElseThrow();
      nestedField(input.wire(), from.scheme() + " " + from.environment());
    }
    out.append("    },\n");
  }

  private void field(String key, String value) {
    out.append(Code.property(4, key, TsText.string(value)));
  }

  /** {@code key: EXPRESSION,} with the value as code, not as a string. */
  private void codeField(String key, String code) {
    out.append(Code.property(4, key, code));
  }

  private void nestedField(String key, String value) {
    out.append(Code.property(6, TsSymbols.propertyKey(key), TsText.string(value)));
  }

  /**
   * Each parameter's location and wire name, except a path parameter named as on the wire: the
   * route names it, and the runtime takes such a placeholder for a params property of its name.
   */
  private void params() {
    List<String> specs = method.params().stream().filter(p -> p.parameter().isPresent())
        .map(this::paramEntry).flatMap(Optional::stream).toList();
    if (specs.isEmpty()) {
      return;
    }
    out.append("    params: {\n");
    specs.forEach(out::append);
    out.append("    },\n");
  }

  /**
   * {@code NAME: 'SPEC',}, or {@code NAME: ['SPEC', CODEC],} for a date-time, whose codec writes it
   * in the spec's format; empty for a path parameter the route names and no codec writes.
   */
  private Optional<String> paramEntry(ResourceFile.MethodModel.Param param) {
    String spec = paramSpec(param.name(), param.parameter().orElseThrow());
    String key = TsSymbols.propertyKey(param.name());
    if (DateTimeFormat.of(param.type()).isEmpty()) {
      return spec.equals(IN_ROUTE) ? Optional.empty() : Optional.of(Code.property(6, key, TsText.string(spec)));
    }
    Doc tuple = Doc.list("[", List.of(Doc.text(TsText.string(spec)), Doc.text(model.types.codec(param.type(), ""))),
        "]", false);
    return Optional.of(Code.print(Doc.concat(Doc.text(key + ": "), tuple, Doc.text(",")), 6) + "\n");
  }

  /** {@code IN[.STYLE][-][ WIRE]}: IN's first letter, the wire name only where it is not NAME. */
  private static String paramSpec(String name, Parameter parameter) {
    String location = parameter.location().name().substring(0, 1).toLowerCase(Locale.ROOT);
    String style = switch (parameter.style()) {
      case SPACE_DELIMITED -> ".spaceDelimited";
      case PIPE_DELIMITED -> ".pipeDelimited";
      case DEEP_OBJECT -> ".deepObject";
      default -> "";
    };
    boolean joined = parameter.location() == Parameter.Location.QUERY && !parameter.explode();
    String wire = parameter.name().wire();
    return location + style + (joined ? "-" : "") + (wire.equals(name) ? "" : " " + wire);
  }

  private void body(dev.switchboard.core.ir.RequestBody body) {
    BodyContent content = body.preferred();
    out.append("    body: {\n");
    String media = bodyKind(content.kind()) + " " + content.mediaType();
    if (!media.equals(JSON_MEDIA)) {
      nestedField("media", media);
    }
    if (content.kind() == MediaKind.JSON || content.kind() == MediaKind.FORM || content.kind() == MediaKind.MULTIPART) {
      out.append(Code.property(6, "codec", model.types.codec(content.type(), "C.")));
    }
    if (method.bodyParam() != null) {
      nestedField("param", method.bodyParam());
    } else if (method.bodyRequired()) {
      out.append("      required: true,\n");
    }
    if (!method.renamedFields().isEmpty()) {
      out.append("      fields: {\n");
      method.renamedFields().forEach((param, property) ->
          out.append(Code.property(8, TsSymbols.propertyKey(param), TsText.string(property))));
      out.append("      },\n");
    }
    List<FieldEncoding> encodings = method.planned().body().map(PlanOperation.BodyPlan::encodings).orElse(List.of());
    if (content.kind() == MediaKind.FORM) {
      fieldMap("styles", encodings.stream().filter(e -> e.style().isPresent()).toList(),
          e -> e.formStyle().orElseThrow());
    } else if (content.kind() == MediaKind.MULTIPART) {
      fieldMap("parts", encodings.stream().filter(e -> e.contentType().isPresent()).toList(), e -> e.contentType().get());
    }
    out.append("    },\n");
  }

  private void fieldMap(String key, List<FieldEncoding> encodings, java.util.function.Function<FieldEncoding, String> value) {
    if (encodings.isEmpty()) {
      return;
    }
    out.append("      ").append(key).append(": {\n");
    for (FieldEncoding encoding : encodings) {
      out.append(Code.property(8, TsSymbols.propertyKey(encoding.field()), TsText.string(value.apply(encoding))));
    }
    out.append("      },\n");
  }


  private static String bodyKind(MediaKind kind) {
    return switch (kind) {
      case JSON -> "json";
      case FORM -> "form";
      case MULTIPART -> "multipart";
      case TEXT -> "text";
      default -> "binary";
    };
  }

  /**
   * How the runtime reads the body (JSON, events, text or bytes, none, or none and whether the
   * status says deleted) and the media type it accepts.
   */
  private String response() {
    Result result = method.planned().result();
    String kind = result instanceof Result.None ? "empty" : result instanceof Result.Deleted ? "deleted"
        : result instanceof Result.Stream ? "events"
        : result instanceof Result.Text ? "text" : result instanceof Result.Binary ? "binary" : "json";
    return result.bodyMediaType().map(mediaType -> kind + " " + mediaType).orElse(kind);
  }

  /** The codec of a JSON body or of each event's data. */
  private Optional<String> responseCodec() {
    return method.planned().result().decodedType().map(type -> model.types.codec(type, "C."));
  }

  /**
   * The error bodies by status: the codec, or {@code [codec, 'CODE_PATH MESSAGE_PATH']} where the
   * body keeps the API's code or message (two dotted paths, {@code -} for none).
   */
  private void errors() {
    List<ErrorBody> typed = method.planned().errors().stream().filter(e -> e.type().isPresent()).toList();
    if (typed.isEmpty()) {
      return;
    }
    List<ErrorBody> kept = method.planned().errors().stream()
        .filter(e -> e.type().isPresent() || hasFields(e)).toList();
    List<String> entries = kept.stream().map(e -> statusKey(e) + ": " + errorEntry(e)).toList();
    boolean tuples = kept.stream().anyMatch(OperationSource::hasFields);
    out.append(shared.property(4, "errors", "errors",
        tuples ? SharedValues.Value.constObject(entries) : SharedValues.Value.object(entries)));
  }

  private static boolean hasFields(ErrorBody error) {
    return !error.code().isEmpty() || !error.message().isEmpty();
  }

  private String errorEntry(ErrorBody error) {
    String codec = error.type().map(type -> model.types.codec(type, "C.")).orElse("undefined");
    if (!hasFields(error)) {
      return codec;
    }
    return "[" + codec + ", " + TsText.string(dotted(error.code()) + " " + dotted(error.message())) + "]";
  }

  /** The status as a property key: {@code default} bare, others quoted ({@code "404"}, {@code "4XX"}). */
  private static String statusKey(ErrorBody error) {
    return error.statusKey().equals("default") ? "default" : TsText.string(error.statusKey());
  }

  private static String dotted(List<String> path) {
    return path.isEmpty() ? "-" : String.join(".", path);
  }

  private void security() {
    if (method.planned().security().isEmpty()) {
      return;
    }
    String alternatives = method.planned().security().stream()
        .map(r -> r.isEmpty() ? "none" : String.join(" & ", r))
        .collect(Collectors.joining(" | "));
    out.append(shared.property(4, "security", "security", SharedValues.Value.string(TsText.string(alternatives))));
  }

  private void pagination(Pagination pagination) {
    out.append("    pagination: {\n");
    nestedField("style", pagination.accept(new Pagination.Visitor<String>() {
      @Override public String nextUrl(Pagination.NextUrl p) {
        return "nextUrl";
      }

      @Override public String linkHeader(Pagination.LinkHeader p) {
        return "linkHeader";
      }

      @Override public String cursor(Pagination.Cursor p) {
        return "cursor";
      }

      @Override public String offset(Pagination.Offset p) {
        return "offset";
      }
    }));
    if (!pagination.items().isEmpty()) {
      nestedField("items", String.join(".", pagination.items()));
    }
    out.append(Code.property(6, "item", model.types.codec(pagination.itemType(), "C.")));
    if (pagination instanceof Pagination.NextUrl next) {
      nestedField("next", String.join(".", next.nextUrl()));
    } else if (pagination instanceof Pagination.Cursor cursor) {
      nestedField("next", String.join(".", cursor.nextCursor()));
      cursor.hasMore().ifPresent(path -> nestedField("hasMore", String.join(".", path)));
      nestedField("param", cursor.cursorParam());
      if (cursor.lastItem()) {
        out.append("      lastItem: true,\n");
      }
    } else if (pagination instanceof Pagination.Offset offset) {
      nestedField("param", offset.offsetParam());
      offset.limitParam().ifPresent(limit -> nestedField("limit", limit));
      if (offset.pages()) {
        out.append("      pages: true,\n");
      }
    }
    method.itemLimit().ifPresent(limit -> nestedField("itemLimit", limit));
    method.pageSize().ifPresent(size -> {
      nestedField("pageSize", size.parameter());
      out.append(Code.property(6, "pageSizeMax", Long.toString(size.maximum())));
    });
    out.append("    },\n");
  }
}
