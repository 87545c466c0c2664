package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The SDK's unchecked exceptions: one base, one per status class and common status, and one each
 * for connection failures, timeouts and undecodable responses.
 */
final class ErrorsGenerator {
  /** A status exception: its name, parent, status (0 for a range) and what it means. */
  record StatusError(String name, String parent, int status, String doc) {}

  private static final List<StatusError> STATUS_ERRORS = List.of(
      new StatusError("ClientErrorException", "ApiStatusException", 0, "The API answered with a 4XX status."),
      new StatusError("ServerErrorException", "ApiStatusException", 0, "The API answered with a 5XX status."),
      new StatusError("UnexpectedStatusException", "ApiStatusException", 0, "The API answered with a status that is neither success nor 4XX/5XX."),
      new StatusError("BadRequestException", "ClientErrorException", 400, "400 Bad Request."),
      new StatusError("AuthenticationException", "ClientErrorException", 401, "401 Unauthorized: the credentials are missing or wrong."),
      new StatusError("PermissionDeniedException", "ClientErrorException", 403, "403 Forbidden."),
      new StatusError("NotFoundException", "ClientErrorException", 404, "404 Not Found."),
      new StatusError("ConflictException", "ClientErrorException", 409, "409 Conflict."),
      new StatusError("UnprocessableEntityException", "ClientErrorException", 422, "422 Unprocessable Entity: the request was understood but is invalid."));

  private final JavaSymbols symbols;
  private final ClassName base;

  ErrorsGenerator(JavaSymbols symbols, String baseName) {
    this.symbols = symbols;
    this.base = symbols.error(baseName);
  }

  List<JavaFile> generate() {
    List<JavaFile> files = new ArrayList<>();
    files.add(file(simple(base, ClassName.get(RuntimeException.class), "Every exception this SDK throws extends this one.")));
    files.add(file(simple(symbols.error("ApiConnectionException"), base, "The request could not be sent or its response not read.")));
    files.add(file(simple(symbols.error("ApiTimeoutException"), base, "No response arrived within the configured timeout.")));
    files.add(file(simple(symbols.error("ApiDecodeException"), base, "A response arrived but its body could not be decoded.")));
    files.add(file(simple(symbols.error("InvalidRequestException"), base, "An argument cannot be sent safely (a line break in a header value, {@code .} or {@code ..} as a path\nparameter); thrown before anything is sent, never retried.")));
    files.add(file(simple(symbols.error("ForeignLinkException"), base, "A next-page link points to another origin than the API's; nothing was sent there. Build the\nclient with {@code followForeignLinks(true)} to follow such links without credentials.")));
    files.add(file(simple(symbols.error("TooManyRedirectsException"), base, "The server kept redirecting beyond the limit.")));
    files.add(file(new StatusExceptionGenerator(symbols, base).generate()));
    STATUS_ERRORS.forEach(e -> files.add(file(status(e))));
    files.add(file(rateLimit()));
    return files;
  }

  private JavaFile file(TypeSpec type) {
    return JavaLayout.file(symbols.errors(), type);
  }

  static FieldSpec serialVersion() {
    return FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer("1L").build();
  }

  private static TypeSpec simple(ClassName name, ClassName parent, String doc) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .superclass(parent)
        .addJavadoc("$L", doc + "\n")
        .addField(serialVersion())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("@param message what went wrong\n")
            .addParameter(String.class, "message").addStatement("super(message)").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
            .addJavadoc("@param message what went wrong\n@param cause the underlying failure\n")
            .addParameter(String.class, "message").addParameter(Throwable.class, "cause")
            .addStatement("super(message, cause)").build())
        .build();
  }

  private TypeSpec status(StatusError error) {
    return statusClass(error.name(), error.parent(), error.doc()).build();
  }

  private TypeSpec.Builder statusClass(String name, String parent, String doc) {
    return TypeSpec.classBuilder(symbols.error(name))
        .addModifiers(Modifier.PUBLIC)
        .superclass(symbols.error(parent))
        .addJavadoc("$L", doc + "\n")
        .addField(serialVersion())
        .addMethod(StatusExceptionGenerator.constructor());
  }

  private TypeSpec rateLimit() {
    TypeName duration = ParameterizedTypeName.get(ClassName.get(Optional.class), ClassName.get(Duration.class));
    return statusClass("RateLimitException", "ClientErrorException", "429 Too Many Requests, raised once retries are used up.")
        .addMethod(MethodSpec.methodBuilder("retryAfter").addModifiers(Modifier.PUBLIC).returns(duration)
            .addJavadoc("How long the API asked to wait, from {@code Retry-After}.\n")
            .addStatement("return $T.retryAfter(headers())", symbols.core("Retries")).build())
        .build();
  }

  static List<StatusError> statusErrors() {
    return STATUS_ERRORS;
  }
}
