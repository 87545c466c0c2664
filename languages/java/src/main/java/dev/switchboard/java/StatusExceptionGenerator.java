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
    return parameters(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).addJavadoc(PARAMETER_DOCS))
        .addStatement("super(statusCode, headers, rawBody, body, code, apiMessage)")
        .build();
  }

  private static final String PARAMETER_DOCS = "@param statusCode the HTTP status\n@param headers the response headers\n"
      + "@param rawBody the body as text\n@param body the body as the operation declares it, or null\n"
      + "@param code the API's own error code, or null\n@param apiMessage the API's own error message, or null\n";

  private static MethodSpec.Builder parameters(MethodSpec.Builder method) {
    return method
        .addParameter(int.class, "statusCode")
        .addParameter(HttpHeaders.class, "headers")
        .addParameter(String.class, "rawBody")
        .addParameter(Object.class, "body")
        .addParameter(String.class, "code")
        .addParameter(String.class, "apiMessage");
  }

  TypeSpec generate() {
    ClassName self = symbols.error("ApiStatusException");
    MethodSpec constructor = parameters(MethodSpec.constructorBuilder().addModifiers(Modifier.PROTECTED).addJavadoc(PARAMETER_DOCS))
        .addStatement("super($S + statusCode + describe(rawBody, code, apiMessage))", "HTTP ")
        .addStatement("this.statusCode = statusCode")
        .addStatement("this.headers = headers")
        .addStatement("this.rawBody = rawBody")
        .addStatement("this.body = body")
        .addStatement("this.code = code")
        .addStatement("this.apiMessage = apiMessage")
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
        .addField(String.class, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "apiMessage", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(constructor)
        .addMethod(factory(self))
        .addMethod(getter("statusCode", int.class, "The HTTP status."))
        .addMethod(getter("headers", HttpHeaders.class, "The response headers."))
        .addMethod(getter("rawBody", String.class, "The response body as text."))
        .addMethod(getter("body", Object.class, "The body parsed as the operation declares it (or as JSON), or null."))
        .addMethod(optional("code", "The API's own error code (a number as its digits), read from where the API keeps it,"
            + " such as {@code code} or {@code error.code}."))
        .addMethod(optional("apiMessage", "The API's own error message, read from where the API keeps it, such as"
            + " {@code message} or {@code error.message}."))
        .addMethod(typedBody())
        .addMethod(describe())
        .addMethod(summary())
        .build();
  }

  private static MethodSpec getter(String name, Class<?> type, String doc) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(type)
        .addJavadoc("$L", doc + "\n").addStatement("return $N", name).build();
  }

  private static MethodSpec optional(String name, String doc) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Optional.class, String.class))
        .addJavadoc("$L\n\n@return the value, or empty when the body has none\n", doc)
        .addStatement("return $T.ofNullable($N)", Optional.class, name)
        .build();
  }

  /** {@code ": Your card was declined. (code: card_declined)"}, else a summary of the body. */
  private static MethodSpec describe() {
    return MethodSpec.methodBuilder("describe").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "rawBody")
        .addParameter(String.class, "code")
        .addParameter(String.class, "apiMessage")
        .addStatement("String detail = apiMessage != null && !apiMessage.isBlank() ? apiMessage : summary(rawBody)")
        .addStatement("return (detail.isEmpty() ? $S : $S + detail) + (code == null ? $S : $S + code + $S)", "", ": ", "", " (code: ", ")")
        .build();
  }

  private MethodSpec factory(ClassName self) {
    MethodSpec.Builder of = parameters(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("The exception for a status: a specific one where there is one, else by status class.\n\n")
            .addJavadoc(PARAMETER_DOCS).addJavadoc("@return the exception to throw\n"))
        .returns(self)
        .beginControlFlow("switch (statusCode)");
    for (var error : ErrorsGenerator.statusErrors()) {
      if (error.status() != 0) {
        of.addCode("case $L:\n", error.status()).addStatement("$>return new $T(statusCode, headers, rawBody, body, code, apiMessage)$<", symbols.error(error.name()));
      }
    }
    of.addCode("case 429:\n").addStatement("$>return new $T(statusCode, headers, rawBody, body, code, apiMessage)$<", symbols.error("RateLimitException"));
    of.addCode("default:\n").addStatement("$>break$<").endControlFlow();
    of.beginControlFlow("if (statusCode >= 500)")
        .addStatement("return new $T(statusCode, headers, rawBody, body, code, apiMessage)", symbols.error("ServerErrorException"))
        .endControlFlow();
    of.beginControlFlow("if (statusCode >= 400)")
        .addStatement("return new $T(statusCode, headers, rawBody, body, code, apiMessage)", symbols.error("ClientErrorException"))
        .endControlFlow();
    return of.addStatement("return new $T(statusCode, headers, rawBody, body, code, apiMessage)", symbols.error("UnexpectedStatusException")).build();
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
