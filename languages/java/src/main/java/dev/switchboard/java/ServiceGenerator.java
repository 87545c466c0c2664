package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * A resource's operations as methods, blocking or returning {@link CompletableFuture}, with a
 * nested view that returns status and headers too.
 */
final class ServiceGenerator {
  private final JavaSymbols symbols;
  private final boolean async;

  ServiceGenerator(JavaSymbols symbols, boolean async) {
    this.symbols = symbols;
    this.async = async;
  }

  JavaFile generate(ResourceModel resource) {
    ClassName name = name(resource);
    return JavaLayout.file(name.packageName(), spec(resource, false).build());
  }

  /** The class of {@code resource}, blocking or asynchronous as this generator prints. */
  ClassName name(ResourceModel resource) {
    return async ? resource.classes().asyncService() : resource.classes().service();
  }

  /**
   * The class with its operations and raw view; with {@code holdsPath}, it also holds the path
   * values a resource of the tree bound, which its methods send instead of asking for them.
   */
  TypeSpec.Builder spec(ResourceModel resource, boolean holdsPath) {
    ClassName name = name(resource);
    ClassName raw = name.nestedClass("WithRawResponse");
    ClassName executor = symbols.core("HttpExecutor");
    String fields = holdsPath ? "executor, path" : "executor";
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Created by the client; use its accessor instead.\n\n@param executor sends the requests\n")
        .addParameter(executor, "executor")
        .addStatement("this.executor = executor");
    TypeSpec.Builder spec = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L", resource.docs())
        .addJavadoc(async ? "\n<p>Every method returns at once with a {@link java.util.concurrent.CompletableFuture}.\n" : "")
        .addField(executor, "executor", Modifier.PRIVATE, Modifier.FINAL);
    TypeSpec.Builder rawSpec = TypeSpec.classBuilder(raw)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Operations that return an {@link $T}: status, headers and body.\n", symbols.core("ApiResponse"))
        .addField(executor, "executor", Modifier.PRIVATE, Modifier.FINAL);
    MethodSpec.Builder rawConstructor = MethodSpec.constructorBuilder().addParameter(executor, "executor")
        .addStatement("this.executor = executor");
    if (holdsPath) {
      TypeName path = ParameterizedTypeName.get(List.class, String.class);
      spec.addField(path, "path", Modifier.PRIVATE, Modifier.FINAL);
      rawSpec.addField(path, "path", Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(path, "path")
          .addJavadoc("@param path the path values bound so far, in path order; null leaves one to the client\n")
          .addStatement("this.path = path");
      rawConstructor.addParameter(path, "path").addStatement("this.path = path");
    }
    spec.addField(raw, "withRawResponse", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor.addStatement("this.withRawResponse = new $T($L)", raw, fields).build())
        .addMethod(MethodSpec.methodBuilder("withRawResponse")
            .addModifiers(Modifier.PUBLIC)
            .returns(raw)
            .addJavadoc("The same operations, returning the status and headers with the decoded body.\n")
            .addStatement("return withRawResponse")
            .build());
    if (resource.mentionsDeprecated()) {
      spec.addAnnotation(Jackson.suppress("deprecation"));
    }
    ClassName endpoints = resource.classes().endpoints();
    resource.methods().forEach(m -> spec.addMethods(methods(m, endpoints, false)));
    rawSpec.addMethod(rawConstructor.build());
    resource.methods().forEach(m -> rawSpec.addMethods(methods(m, endpoints, true)));
    return spec.addType(rawSpec.build());
  }

  private List<MethodSpec> methods(ResourceModel.Method method, ClassName endpoints, boolean raw) {
    List<MethodSpec> methods = new ArrayList<>();
    TypeName result = returnType(method, raw);
    ClassName options = symbols.core("RequestOptions");
    boolean hasParams = !method.inputs().isEmpty();
    ClassName params = hasParams ? symbols.params(method.operation()) : null;
    MethodSpec.Builder full = start(method, result).addJavadoc(hasParams ? "@param params the operation's parameters\n" : "");
    if (hasParams) {
      full.addParameter(params, "params");
    }
    full.addParameter(options, "options").addJavadoc("@param options settings for this call only\n");
    String returns = returnsDoc(method, raw);
    methods.add(full.addJavadoc(returns).addCode(body(method, endpoints, raw, hasParams)).build());
    CodeBlock noOptions = CodeBlock.of(hasParams ? "params, $T.none()" : "$T.none()", options);
    MethodSpec.Builder simple = start(method, result);
    if (hasParams) {
      simple.addParameter(params, "params").addJavadoc("@param params the operation's parameters\n");
    }
    methods.add(delegate(simple.addJavadoc(returns), method, result, noOptions));
    if (hasParams && method.inputs().allOptional()) {
      methods.add(delegate(start(method, result).addJavadoc(returns), method, result,
          CodeBlock.of("$T.builder().build(), $T.none()", params, options)));
    }
    return methods;
  }

  /** A delete's {@code @return}: its boolean is not self-explaining, as 202 Accepted gives false. */
  private String returnsDoc(ResourceModel.Method method, boolean raw) {
    if (!method.tellsDeleted()) {
      return "";
    }
    String whether = "whether the server deleted: false when it answered 202 Accepted (queued, not yet done)";
    String returned = raw ? "the response, whose body says " + whether : whether;
    return "@return " + (async ? "a future of " : "") + returned + "\n";
  }

  private MethodSpec delegate(MethodSpec.Builder spec, ResourceModel.Method method, TypeName result, CodeBlock arguments) {
    String call = result.equals(TypeName.VOID) ? "$N($L)" : "return $N($L)";
    return spec.addStatement(call, method.name(), arguments).build();
  }

  private MethodSpec.Builder start(ResourceModel.Method method, TypeName result) {
    MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(result)
        .addJavadoc("$L", Javadoc.orElse(method.operation().docs(), "Calls {@code " + Javadoc.escape(method.operation().id()) + "}."))
        .addJavadoc("\n<p><code>$L $L</code>\n\n", method.operation().method(), Javadoc.escape(method.operation().path()));
    if (method.deprecated()) {
      spec.addAnnotation(Deprecated.class).addJavadoc("@deprecated the API marks this operation as deprecated\n");
    }
    return spec;
  }

  private TypeName returnType(ResourceModel.Method method, boolean raw) {
    TypeName value;
    if (raw) {
      value = ParameterizedTypeName.get(symbols.core("ApiResponse"), method.result());
    } else if (method.paged()) {
      value = ParameterizedTypeName.get(symbols.core("Page"), method.pageItem());
    } else {
      value = async ? method.result() : method.blockingResult();
    }
    return async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), value.isPrimitive() ? value.box() : value) : value;
  }

  private CodeBlock body(ResourceModel.Method method, ClassName endpoints, boolean raw, boolean hasParams) {
    String arguments = method.inputs().bound().isEmpty() ? "" : hasParams ? "path, " : "path";
    CodeBlock request = CodeBlock.of("$T.$N($L$L)", endpoints, method.name(), arguments, hasParams ? "params" : "");
    String execute = async ? "executeAsync" : "execute";
    if (raw) {
      return CodeBlock.builder().addStatement("return executor.$L($L, options, $T.$N)", execute, request, endpoints, method.constant()).build();
    }
    if (method.paged()) {
      String page = async ? "pageAsync" : "page";
      String limit = method.inputs().itemLimit().orElseThrow();
      return CodeBlock.builder().addStatement("return executor.$L($L, options, $T.$N, $T.$N, params.$N().orElse(0))", page,
          request, endpoints, method.constant(), endpoints, method.constant() + "_PAGING", limit).build();
    }
    String call = hasParams ? "withRawResponse.$N(params, options)" : "withRawResponse.$N(options)";
    if (async) {
      return CodeBlock.builder().addStatement("return " + call + ".thenApply($T::body)", method.name(), symbols.core("ApiResponse")).build();
    }
    if (method.returnsNothing()) {
      return CodeBlock.builder().addStatement(call, method.name()).build();
    }
    return CodeBlock.builder().addStatement("return " + call + ".body()", method.name()).build();
  }
}
