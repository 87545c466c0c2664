package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.switchboard.core.ir.MediaKind;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Pagination;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.Response;
import java.util.LinkedHashSet;
import java.util.List;
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
    ClassName name = symbols.endpoints(resource.resource());
    TypeSpec.Builder spec = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Requests and response handling of {@link $T}.\n", symbols.service(resource.resource()))
        .addAnnotation(Jackson.suppress("deprecation"))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (ResourceModel.Method method : resource.methods()) {
      spec.addField(handler(method));
      method.operation().pagination().ifPresent(p -> spec.addField(paging(method, p)));
      spec.addMethod(request(method));
      method.inputs().body().filter(b -> b.flattened() && b.content().kind() == MediaKind.MULTIPART)
          .ifPresent(body -> spec.addMethod(multipart(method, body)));
    }
    return JavaLayout.file(name.packageName(), spec.build());
  }

  private FieldSpec handler(ResourceModel.Method method) {
    ClassName handler = symbols.core("ResponseHandler");
    CodeBlock.Builder init = CodeBlock.builder();
    if (method.kind() == null) {
      init.add("$T.empty()", handler);
    } else if (method.kind() == MediaKind.JSON) {
      init.add("$T.json($L)", handler, types.token(method.result()));
    } else if (method.kind() == MediaKind.BINARY) {
      init.add("$T.binary()", handler);
    } else if (method.kind() == MediaKind.EVENT_STREAM) {
      init.add("$T.events($T.class)", handler, ((ParameterizedTypeName) method.result()).typeArguments().get(0));
    } else {
      init.add("$T.text()", handler);
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Response error : method.operation().errorResponses()) {
      TypeName type = error.content().filter(c -> c.kind() == MediaKind.JSON).map(c -> types.boxed(c.type())).orElse(null);
      if (type instanceof ClassName && seen.add(error.status())) {
        init.add("\n.error($S, $T.class)", error.status(), type);
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
    return FieldSpec.builder(ParameterizedTypeName.get(paging, item), method.constant() + "_PAGING", Modifier.STATIC, Modifier.FINAL)
        .initializer(init)
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
    if (!method.inputs().isEmpty()) {
      spec.addParameter(symbols.params(op), "params");
    }
    CodeBlock.Builder code = CodeBlock.builder().add("return $T.builder($S, $S)", apiRequest, op.method(), op.path()).indent();
    method.inputs().params().forEach(p -> code.add("\n").add(parameter(p)));
    if (!op.servers().isEmpty()) {
      code.add("\n.server($S)", op.servers().get(0).defaultUrl());
    }
    if (!op.security().isEmpty()) {
      code.add("\n.security($L)", security(op));
    }
    op.idempotencyHeader().ifPresent(header -> code.add("\n.idempotencyHeader($S)", header));
    method.inputs().body().ifPresent(body -> code.add("\n.body($L)", body(method, body)));
    return spec.addStatement("$L\n.build()", code.unindent().build()).build();
  }

  private CodeBlock parameter(OperationInputs.Param p) {
    Parameter parameter = p.parameter();
    String wire = parameter.name().wire();
    switch (parameter.location()) {
      case PATH:
        return CodeBlock.of(".pathParam($L, params.$N())", JavaLiteral.of(wire), p.name());
      case HEADER:
        return CodeBlock.of(".header($L, params.$N())", JavaLiteral.of(wire), p.name());
      case COOKIE:
        return CodeBlock.of(".cookie($L, params.$N())", JavaLiteral.of(wire), p.name());
      default:
        return query(p, wire);
    }
  }

  private CodeBlock query(OperationInputs.Param p, String wire) {
    Parameter.Style style = p.parameter().style();
    if (style != Parameter.Style.SPACE_DELIMITED && style != Parameter.Style.PIPE_DELIMITED
        && style != Parameter.Style.DEEP_OBJECT) {
      style = Parameter.Style.FORM;
    }
    if (style == Parameter.Style.FORM && p.parameter().explode()) {
      return CodeBlock.of(".query($L, params.$N())", JavaLiteral.of(wire), p.name());
    }
    return CodeBlock.of(".query($L, params.$N(), $T.Style.$L, $L)", JavaLiteral.of(wire), p.name(), symbols.core("ApiRequest"), style.name(), p.parameter().explode());
  }

  private static CodeBlock security(Operation op) {
    StringJoiner alternatives = new StringJoiner(", ");
    for (Operation.SecurityRequirement requirement : op.security()) {
      StringJoiner schemes = new StringJoiner(", ");
      requirement.schemes().forEach(s -> schemes.add(CodeBlock.of("$S", s).toString()));
      alternatives.add("List.of(" + schemes + ")");
    }
    return CodeBlock.of("$T.of($L)", List.class, alternatives.toString());
  }

  private CodeBlock body(ResourceModel.Method method, OperationInputs.Body body) {
    CodeBlock value = body.required() ? CodeBlock.of("params.$N()", body.name()) : CodeBlock.of("params.$N().orElse(null)", body.name());
    ClassName requestBody = symbols.core("RequestBody");
    switch (body.content().kind()) {
      case FORM:
        return CodeBlock.of("$T.form($L, $L)", requestBody, value, joined(body));
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

  private static CodeBlock joined(OperationInputs.Body body) {
    StringJoiner names = new StringJoiner(", ");
    body.content().encodings().stream().filter(e -> !e.explode()).forEach(e -> names.add(JavaLiteral.of(e.property()).toString()));
    return CodeBlock.of("$T.of($L)", Set.class, names.toString());
  }

  private MethodSpec multipart(ResourceModel.Method method, OperationInputs.Body body) {
    ClassName model = body.model().orElseThrow();
    CodeBlock.Builder code = CodeBlock.builder().add("return $T.builder()", symbols.core("Multipart")).indent();
    for (ModelProperty property : body.properties()) {
      if (property.binary()) {
        String contentType = body.content().encodings().stream()
            .filter(e -> e.property().equals(property.wire())).findFirst()
            .flatMap(e -> e.contentType()).orElse("application/octet-stream");
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
