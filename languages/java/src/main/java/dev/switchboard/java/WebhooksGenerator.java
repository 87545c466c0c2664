package dev.switchboard.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.switchboard.core.plan.WebhookSignature;
import javax.lang.model.element.Modifier;

/**
 * {@code Webhooks}, written when the plan says how the API signs its webhooks: the scheme as a
 * constant and {@code verify(request)}, which throws unless the request was signed with its secret.
 */
final class WebhooksGenerator {
  private WebhooksGenerator() {}

  static JavaFile generate(JavaSymbols symbols, WebhookSignature signature) {
    ClassName scheme = symbols.core("WebhookScheme");
    ClassName request = symbols.core("WebhookRequest");
    ClassName failure = symbols.core("WebhookVerificationException");
    TypeSpec type = TypeSpec.classBuilder(ClassName.get(symbols.clientPackage(), "Webhooks"))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Checks that a webhook request was signed by the API, with the secret it was configured with.\n"
            + "<p>$L\n", what(signature))
        .addField(FieldSpec.builder(scheme, "SCHEME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("How the API signs its webhooks.\n")
            .initializer("$T.of($S, $S, $S, $S, $S, $S, $L)", scheme, signature.scheme(), signature.header(),
                signature.algorithm(), signature.encoding(), signature.prefix(), signature.signs(),
                signature.toleranceSeconds() + "L")
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("verify").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(request, "request")
            .addJavadoc("Returns when the request was signed with its secret.\n\n"
                + "@throws $T when its signature is missing, wrong or too old\n", failure)
            .addStatement("SCHEME.verify(request)").build())
        .addMethod(MethodSpec.methodBuilder("isValid").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(boolean.class).addParameter(request, "request")
            .addJavadoc("Whether {@link #verify} accepts the request.\n")
            .addStatement("return SCHEME.isValid(request)").build())
        .build();
    return JavaLayout.file(symbols.clientPackage(), type);
  }

  /** Core's sentence about the scheme, escaped, its code spans as {@code {@code ...}}. */
  private static String what(WebhookSignature signature) {
    return Javadoc.escape(signature.describe()).replaceAll("`([^`]*)`", "{@code $1}");
  }
}
