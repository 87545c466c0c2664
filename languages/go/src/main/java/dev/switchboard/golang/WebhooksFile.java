package dev.switchboard.golang;

import dev.switchboard.core.plan.WebhookSignature;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.render.TemplateEngine;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SDK's {@code webhooks.go}, written when the config says how the API signs its webhooks: the
 * scheme as a variable and {@code VerifyWebhook}, which returns a {@code *WebhookError} unless a
 * request was signed with the secret. Its names yield to the API's own types.
 */
final class WebhooksFile {
  record View(Views.Header header, List<String> packageDoc, List<String> schemeDoc, String scheme, String schemeLiteral,
      String request, String error, List<String> verifyDoc, String verify) {
    View withHeader(Views.Header other) {
      return new View(other, packageDoc, schemeDoc, scheme, schemeLiteral, request, error, verifyDoc, verify);
    }
  }

  private WebhooksFile() {}

  static String render(TemplateEngine templates, String packageName, Function<String, String> imports,
      WebhookSignature signature, SymbolTable.Scope scope) {
    String scheme = scope.claimGenerated(NameKind.TYPE, "WebhookScheme");
    String request = scope.claimGenerated(NameKind.TYPE, "WebhookRequest");
    String error = scope.claimGenerated(NameKind.TYPE, "WebhookError");
    String verify = scope.claimGenerated(NameKind.TYPE, "VerifyWebhook");
    View view = new View(null, List.of(),
        GoText.comment(scheme + " is how the API signs its webhooks.", Optional.of(signature.describe()), false),
        scheme, literal(signature), request, error,
        GoText.comment(verify + " returns a *" + error + " unless the request was signed with secret, the webhook's"
            + " signing secret.", Optional.empty(), false),
        verify);
    return GoFile.render(templates, "webhooks.go.mustache", packageName, imports, view::withHeader);
  }

  private static String literal(WebhookSignature s) {
    return "core.WebhookScheme{Scheme: " + GoText.quote(s.scheme()) + ", Header: " + GoText.quote(s.header())
        + ", Algorithm: " + GoText.quote(s.algorithm()) + ", Encoding: " + GoText.quote(s.encoding())
        + ", Prefix: " + GoText.quote(s.prefix()) + ", Signs: " + GoText.quote(s.signs())
        + ", Tolerance: " + s.toleranceSeconds() + " * time.Second}";
  }
}
