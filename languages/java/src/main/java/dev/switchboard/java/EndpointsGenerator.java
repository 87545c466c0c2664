package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.switchboard.core.ir.DateTimeFormat;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.plan.ErrorBody;
import dev.switchboard.core.plan.FieldEncoding;
import dev.switchboard.core.plan.PlanOperation;
import dev.switchboard.core.plan.Result;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/** Per resource, how each operation's request is built and its response decoded. */
final class EndpointsGenerator {
  private final JavaTypes types;
  private final JavaSymbols symbols;

  EndpointsGenerator(JavaTypes types) {
    this.types = types;
    this.symbols = types.symbols();
  }

  JavaFile generate(ResourceModel resource) {
    ClassName name = resource.classes().endpoints();
    TypeSpec.Builder spec = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Requests and response handling of {@link $T}.\n", resource.classes().service())
        .addAnnotation(Jackson.suppress("deprecation"))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (ResourceModel.Method method : resource.methods()) {
      spec.addField(handler(method));
      if (method.planned().result() instanceof Result.Paged paged) {
        spec.addField(paging(method, paged.pagination()));
      }
      spec.addMethod(request(method));
      method.inputs().body().filter(b -> b.flattened() && b.content().kind() == MediaKind.MULTIPART)
          .ifPresent(body -> spec.addMethod(multipart(method, body)));
    }
    return JavaLayout.file(name.packageName(), spec.build());
  }

  private FieldSpec handler(ResourceModel.Method method) {
    ClassName handler = symbols.core("ResponseHandler");
    CodeBlock.Builder init = CodeBlock.builder();
    Result result = method.planned().result();
    if (result instanceof Result.None) {
      init.add("$T.empty()", handler);
    } else if (result instanceof Result.Deleted) {
      init.add("$T.deleted()", handler);
    } else if (result instanceof Result.Binary) {
      init.add("$T.binary()", handler);
    } else if (result instanceof Result.Stream) {
      init.add("$T.events($T.class)", handler, ((ParameterizedTypeName) method.result()).typeArguments().get(0));
    } else if (result instanceof Result.Text) {
      init.add("$T.text()", handler);
    } else {
      init.add("$T.json($L)", handler, types.token(method.result()));
    }
    Set<String> seen = new LinkedHashSet<>();
    for (ErrorBody error : method.planned().errors()) {
      TypeName type = error.type().map(types::boxed).orElse(null);
      if (type instanceof ClassName && seen.add(error.status())) {
        init.add("\n.error($S, $T.class)", error.status(), type);
      }
    }
    for (ErrorBody error : method.planned().errors()) {
      if (!error.code().isEmpty() || !error.message().isEmpty()) {
        init.add("\n.errorFields($S, $L, $L)", error.status(), path(error.code()), path(error.message()));
      }
    }
    return FieldSpec.builder(ParameterizedTypeName.get(handler, method.result()), method.constant(), Modifier.STATIC, Modifier.FINAL)
        .initializer(init.build())
        .build();
  }

  private FieldSpec paging(ResourceModel.Method method, Pagination pagination) {
    TypeName item = types.boxed(pagination.itemType());
    CodeBlock items = CodeBlock.of("new $T<$T>() {}", JavaTypes.TYPE_REFERENCE, ParameterizedTypeName.get(ClassName.get(List.class), item));
    ClassName paging = symbols.core("Paging");
    CodeBlock init = pagination.accept(new Pagination.Visitor<CodeBlock>() {
      @Override
      public CodeBlock nextUrl(Pagination.NextUrl p) {
        return CodeBlock.of("$T.nextUrl($L, $L, $L)", paging, items, path(p.items()), path(p.nextUrl()));
      }

      @Override
      public CodeBlock linkHeader(Pagination.LinkHeader p) {
        return CodeBlock.of("$T.linkHeader($L, $L)", paging, items, path(p.items()));
      }

      @Override
      public CodeBlock cursor(Pagination.Cursor p) {
        return CodeBlock.of("$T.$L($L, $L, $S, $L, $L)", paging, p.lastItem() ? "lastItemCursor" : "cursor", items,
            path(p.items()), p.cursorParam(), path(p.nextCursor()), path(p.hasMore().orElse(List.of())));
      }

      @Override
      public CodeBlock offset(Pagination.Offset p) {
        return CodeBlock.of("$T.$L($L, $L, $S, $L)", paging, p.pages() ? "pageNumber" : "offset", items,
            path(p.items()), p.offsetParam(),
            p.limitParam().map(l -> CodeBlock.of("$S", l)).orElse(CodeBlock.of("null")));
      }
    });
    Optional<Result.PageSize> size = method.planned().result() instanceof Result.Paged paged ? paged.pageSize() : Optional.empty();
    CodeBlock sized = size.map(s -> CodeBlock.of("$L\n.pageSize($S, $LL)", init, s.parameter(), s.maximum())).orElse(init);
    return FieldSpec.builder(ParameterizedTypeName.get(paging, item), method.constant() + "_PAGING", Modifier.STATIC, Modifier.FINAL)
        .initializer(sized)
        .build();
  }

  private static CodeBlock path(List<String> names) {
    StringJoiner joined = new StringJoiner(", ");
    names.forEach(n -> joined.add(CodeBlock.of("$S", n).toString()));
    return CodeBlock.of("$T.of($L)", List.class, joined.toString());
  }

  private MethodSpec request(ResourceModel.Method method) {
    Operation op = method.operation();
    ClassName apiRequest = symbols.core("ApiRequest");
    MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name())
        .addModifiers(Modifier.STATIC)
        .returns(apiRequest);
    if (!method.inputs().bound().isEmpty()) {
      spec.addParameter(ParameterizedTypeName.get(List.class, String.class), "path");
    }
    if (!method.inputs().isEmpty()) {
      spec.addParameter(symbols.params(op), "params");
    }
    CodeBlock.Builder code = CodeBlock.builder().add("return $T.builder($S, $S)", apiRequest, op.method(), op.path()).indent();
    List<OperationInputs.Param> bound = method.inputs().bound();
    for (int i = 0; i < bound.size(); i++) {
      code.add("\n").add(pathParam(bound.get(i), CodeBlock.of("path.get($L)", i)));
    }
    method.inputs().params().forEach(p -> code.add("\n").add(parameter(p)));
    PlanOperation planned = method.planned();
    planned.server().ifPresent(server -> code.add("\n.server($S)", server));
    if (!planned.security().isEmpty()) {
      code.add("\n.security($L)", security(planned));
    }
    planned.idempotencyHeader().ifPresent(header -> code.add("\n.idempotencyHeader($S)", header));
    method.inputs().body().ifPresent(body -> code.add("\n.body($L)", body(method, body)));
    return spec.addStatement("$L\n.build()", code.unindent().build()).build();
  }

  private CodeBlock parameter(OperationInputs.Param p) {
    Parameter parameter = p.parameter();
    String wire = parameter.name().wire();
    CodeBlock value = value(p);
    switch (parameter.location()) {
      case PATH:
        return pathParam(p, value);
      case HEADER:
        return CodeBlock.of(".header($L, $L)", JavaLiteral.of(wire), value);
      case COOKIE:
        return CodeBlock.of(".cookie($L, $L)", JavaLiteral.of(wire), value);
      default:
        return query(p, wire, value);
    }
  }

  /** A path parameter; one a call may leave out names where its default comes from. */
  private static CodeBlock pathParam(OperationInputs.Param p, CodeBlock value) {
    String wire = p.parameter().name().wire();
    return p.defaultFrom().map(from -> CodeBlock.of(".pathParam($L, $L, $S, $S)", JavaLiteral.of(wire), value,
        from.scheme(), from.environment())).orElseGet(() -> CodeBlock.of(".pathParam($L, $L)", JavaLiteral.of(wire), value));
  }

  /** The parameter's value as sent: date-times the spec writes in RFC 2822 are formatted so. */
  private CodeBlock value(OperationInputs.Param p) {
    if (DateTimeFormat.of(p.parameter().type()).orElse(DateTimeFormat.ISO_8601) != DateTimeFormat.RFC_2822) {
      return CodeBlock.of("params.$N()", p.name());
    }
    return CodeBlock.of("$T.text(params.$N())", symbols.core("Rfc2822"), p.name());
  }

  private CodeBlock query(OperationInputs.Param p, String wire, CodeBlock value) {
    Parameter.Style style = p.parameter().style();
    if (style != Parameter.Style.SPACE_DELIMITED && style != Parameter.Style.PIPE_DELIMITED
        && style != Parameter.Style.DEEP_OBJECT) {
      style = Parameter.Style.FORM;
    }
    if (style == Parameter.Style.FORM && p.parameter().explode()) {
      return CodeBlock.of(".query($L, $L)", JavaLiteral.of(wire), value);
    }
    return CodeBlock.of(".query($L, $L, $T.Style.$L, $L)", JavaLiteral.of(wire), value, symbols.core("ApiRequest"), style.name(), p.parameter().explode());
  }

  private static CodeBlock security(PlanOperation planned) {
    StringJoiner alternatives = new StringJoiner(", ");
    for (List<String> requirement : planned.security()) {
      StringJoiner schemes = new StringJoiner(", ");
      requirement.forEach(scheme -> schemes.add(CodeBlock.of("$S", scheme).toString()));
      alternatives.add("List.of(" + schemes + ")");
    }
    return CodeBlock.of("$T.of($L)", List.class, alternatives.toString());
  }

  private CodeBlock body(ResourceModel.Method method, OperationInputs.Body body) {
    CodeBlock value = body.required() ? CodeBlock.of("params.$N()", body.name()) : CodeBlock.of("params.$N().orElse(null)", body.name());
    ClassName requestBody = symbols.core("RequestBody");
    switch (body.content().kind()) {
      case FORM:
        return CodeBlock.of("$T.form($L, $L)", requestBody, value, styles(method));
      case MULTIPART:
        return body.flattened() ? CodeBlock.of("$NMultipart($L)", method.name(), value) : CodeBlock.of("$T.json($L)", requestBody, value);
      case BINARY:
        return CodeBlock.of("$T.binary($L, $S)", requestBody, value, body.content().mediaType());
      case TEXT:
        return CodeBlock.of("$T.text($L, $S)", requestBody, value, body.content().mediaType());
      default:
        return CodeBlock.of("$T.json($L)", requestBody, value);
    }
  }

  /** How each form field writes arrays and objects, as the plan decided (see RequestBody.form). */
  private static CodeBlock styles(ResourceModel.Method method) {
    List<FieldEncoding> encodings = method.planned().body().map(PlanOperation.BodyPlan::encodings).orElse(List.of())
        .stream().filter(e -> e.style().isPresent()).toList();
    if (encodings.isEmpty()) {
      return CodeBlock.of("$T.of()", Map.class);
    }
    CodeBlock.Builder entries = CodeBlock.builder().add("$T.ofEntries(", Map.class).indent();
    for (int i = 0; i < encodings.size(); i++) {
      FieldEncoding encoding = encodings.get(i);
      entries.add("\n$T.entry($L, $S)$L", Map.class, JavaLiteral.of(encoding.field()),
          encoding.formStyle().orElseThrow(), i + 1 < encodings.size() ? "," : "");
    }
    return entries.unindent().add(")").build();
  }


  private MethodSpec multipart(ResourceModel.Method method, OperationInputs.Body body) {
    ClassName model = body.model().orElseThrow();
    CodeBlock.Builder code = CodeBlock.builder().add("return $T.builder()", symbols.core("Multipart")).indent();
    for (ModelProperty property : body.properties()) {
      if (property.binary()) {
        String contentType = method.planned().body().flatMap(b -> b.encoding(property.wire()))
            .flatMap(FieldEncoding::contentType).orElse("application/octet-stream");
        code.add("\n.file($L, body.$N(), $S)", JavaLiteral.of(property.wire()), property.name(), contentType);
      } else {
        code.add("\n.field($L, body.$N())", JavaLiteral.of(property.wire()), property.name());
      }
    }
    return MethodSpec.methodBuilder(method.name() + "Multipart")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(symbols.core("RequestBody"))
        .addParameter(model, "body")
        .beginControlFlow("if (body == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$L\n.build()", code.unindent().build())
        .build();
  }
}
