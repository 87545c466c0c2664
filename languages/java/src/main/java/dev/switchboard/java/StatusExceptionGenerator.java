package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.net.http.HttpHeaders;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** {@code ApiStatusException}: status, headers, raw and parsed body, and the factory by status. */
final class StatusExceptionGenerator {
  private final JavaSymbols symbols;
  private final ClassName base;

  StatusExceptionGenerator(JavaSymbols symbols, ClassName base) {
    this.symbols = symbols;
    this.base = base;
  }

  /** The constructor every status exception has. */
  static MethodSpec constructor() {
    return MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("@param statusCode the HTTP status\n@param headers the response headers\n"
            + "@param rawBody the body as text\n@param body the body as the operation declares it, or null\n")
        .addParameter(int.class, "statusCode")
        .addParameter(HttpHeaders.class, "headers")
        .addParameter(String.class, "rawBody")
        .addParameter(Object.class, "body")
        .addStatement("super(statusCode, headers, rawBody, body)")
        .build();
  }

  TypeSpec generate() {
    ClassName self = symbols.error("ApiStatusException");
    MethodSpec constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED)
        .addJavadoc("@param statusCode the HTTP status\n@param headers the response headers\n"
            + "@param rawBody the body as text\n@param body the body as the operation declares it, or null\n")
        .addParameter(int.class, "statusCode")
        .addParameter(HttpHeaders.class, "headers")
        .addParameter(String.class, "rawBody")
        .addParameter(Object.class, "body")
        .addStatement("super($S + statusCode + (rawBody.isBlank() ? $S : $S + summary(rawBody)))", "HTTP ", "", ": ")
        .addStatement("this.statusCode = statusCode")
        .addStatement("this.headers = headers")
        .addStatement("this.rawBody = rawBody")
        .addStatement("this.body = body")
        .build();
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .superclass(base)
        .addJavadoc("The API answered with an error status. Catch a subclass for a specific status.\n")
        .addField(ErrorsGenerator.serialVersion())
        .addField(int.class, "statusCode", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(HttpHeaders.class, "headers", Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT).build())
        .addField(String.class, "rawBody", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(Object.class, "body", Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT).build())
        .addMethod(constructor)
        .addMethod(factory(self))
        .addMethod(getter("statusCode", int.class, "The HTTP status."))
        .addMethod(getter("headers", HttpHeaders.class, "The response headers."))
        .addMethod(getter("rawBody", String.class, "The response body as text."))
        .addMethod(getter("body", Object.class, "The body parsed as the operation declares it (or as JSON), or null."))
        .addMethod(typedBody())
        .addMethod(summary())
        .build();
  }

  private static MethodSpec getter(String name, Class<?> type, String doc) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type)
        .addJavadoc("$L", doc + "\n").addStatement("return $N", name).build();
  }

  private MethodSpec factory(ClassName self) {
    MethodSpec.Builder of = MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addJavadoc("The exception for a status: a specific one where there is one, else by status class.\n\n"
            + "@param statusCode the HTTP status\n@param headers the response headers\n"
            + "@param rawBody the body as text\n@param body the parsed body, or null\n@return the exception to throw\n")
        .addParameter(int.class, "statusCode")
        .addParameter(HttpHeaders.class, "headers")
        .addParameter(String.class, "rawBody")
        .addParameter(Object.class, "body")
        .beginControlFlow("switch (statusCode)");
    for (var error : ErrorsGenerator.statusErrors()) {
      if (error.status() != 0) {
        of.addCode("case $L:\n", error.status()).addStatement("$>return new $T(statusCode, headers, rawBody, body)$<", symbols.error(error.name()));
      }
    }
    of.addCode("case 429:\n").addStatement("$>return new $T(statusCode, headers, rawBody, body)$<", symbols.error("RateLimitException"));
    of.addCode("default:\n").addStatement("$>break$<").endControlFlow();
    of.beginControlFlow("if (statusCode >= 500)")
        .addStatement("return new $T(statusCode, headers, rawBody, body)", symbols.error("ServerErrorException"))
        .endControlFlow();
    of.beginControlFlow("if (statusCode >= 400)")
        .addStatement("return new $T(statusCode, headers, rawBody, body)", symbols.error("ClientErrorException"))
        .endControlFlow();
    return of.addStatement("return new $T(statusCode, headers, rawBody, body)", symbols.error("UnexpectedStatusException")).build();
  }

  private MethodSpec typedBody() {
    TypeVariableName t = TypeVariableName.get("T");
    return MethodSpec.methodBuilder("body").addModifiers(Modifier.PUBLIC)
        .addTypeVariable(t)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), t))
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
        .addJavadoc("The body as the given type, or empty when it is not one.\n\n@param type the expected body type\n@param <T> the expected body type\n@return the typed body\n")
        .beginControlFlow("if (type.isInstance(body))")
        .addStatement("return $T.of(type.cast(body))", Optional.class)
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("return $T.ofNullable($T.mapper().readValue(rawBody, type))", Optional.class, symbols.core("Json"))
        .nextControlFlow("catch ($T e)", ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException"))
        .addStatement("return $T.empty()", Optional.class)
        .endControlFlow()
        .build();
  }

  private static MethodSpec summary() {
    return MethodSpec.methodBuilder("summary").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "rawBody")
        .addStatement("String line = rawBody.strip().replaceAll($S, $S)", "\\s+", " ")
        .addStatement("return line.length() > 500 ? line.substring(0, 500) + $S : line", "...")
        .build();
  }
}
