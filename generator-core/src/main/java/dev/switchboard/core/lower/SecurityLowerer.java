package dev.switchboard.core.lower;

import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation.SecurityRequirement;
import dev.switchboard.core.ir.Parameter.Location;
import dev.switchboard.core.ir.SecurityScheme;
import dev.switchboard.core.ir.SecurityScheme.Credential;
import dev.switchboard.core.naming.Case;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.SecurityScheme.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lowers security schemes. Credentials are read from {@code <CLIENT>_<FIELD>} environment
 * variables, with the scheme's name inserted when two schemes of one kind would share them.
 */
final class SecurityLowerer {
  private final Name clientName;
  private final Diagnostics diagnostics;

  SecurityLowerer(Name clientName, Diagnostics diagnostics) {
    this.clientName = clientName;
    this.diagnostics = diagnostics;
  }

  List<SecurityScheme> lower(Map<String, io.swagger.v3.oas.models.security.SecurityScheme> schemes) {
    if (schemes == null) {
      return List.of();
    }
    Map<String, Integer> perKind = new HashMap<>();
    schemes.values().forEach(s -> perKind.merge(kind(s), 1, Integer::sum));
    List<SecurityScheme> result = new ArrayList<>();
    new java.util.TreeMap<>(schemes).forEach((name, scheme) ->
        scheme(Name.of(name), scheme, perKind.get(kind(scheme)) > 1).ifPresent(result::add));
    return result;
  }

  /** Schemes that would read the same environment variables. */
  private static String kind(io.swagger.v3.oas.models.security.SecurityScheme scheme) {
    if (scheme.getType() == Type.OAUTH2) {
      boolean clientCredentials = scheme.getFlows() != null && scheme.getFlows().getClientCredentials() != null;
      return clientCredentials ? "oauth2-client" : "access-token";
    }
    return scheme.getType() == Type.OPENIDCONNECT ? "access-token"
        : String.valueOf(scheme.getType()) + "/" + String.valueOf(scheme.getScheme()).toLowerCase(Locale.ROOT);
  }

  private Optional<SecurityScheme> scheme(Name name, io.swagger.v3.oas.models.security.SecurityScheme scheme, boolean qualify) {
    Optional<String> description = Optional.ofNullable(scheme.getDescription());
    Type type = scheme.getType();
    String httpScheme = scheme.getScheme() == null ? "" : scheme.getScheme().toLowerCase(Locale.ROOT);
    if (type == Type.HTTP && httpScheme.equals("basic")) {
      return Optional.of(new SecurityScheme.Basic(name, description,
          credential(name, "username", qualify), credential(name, "password", qualify)));
    }
    if (type == Type.HTTP && httpScheme.equals("bearer")) {
      return Optional.of(new SecurityScheme.Bearer(name, description, Optional.ofNullable(scheme.getBearerFormat()), credential(name, "token", qualify)));
    }
    if (type == Type.APIKEY && (scheme.getIn() == null || scheme.getName() == null || scheme.getName().isBlank())) {
      diagnostics.error("invalid-security", dev.switchboard.core.spec.JsonPointers.child("/components/securitySchemes", name.wire()),
          "API key security scheme '" + name.wire() + "' has no 'name' or 'in'",
          "give 'name' (the header, query or cookie name, as text) and 'in' (header, query or cookie)");
      return Optional.empty();
    }
    if (type == Type.APIKEY) {
      Location location = Location.valueOf(scheme.getIn().name());
      return Optional.of(new SecurityScheme.ApiKey(name, description, location, scheme.getName(), credential(name, "api key", qualify)));
    }
    if (type == Type.OAUTH2 && scheme.getFlows() != null && scheme.getFlows().getClientCredentials() != null) {
      OAuthFlow flow = scheme.getFlows().getClientCredentials();
      List<String> scopes = flow.getScopes() == null ? List.of() : new ArrayList<>(new java.util.TreeSet<>(flow.getScopes().keySet()));
      return Optional.of(new SecurityScheme.OAuth2ClientCredentials(name, description, flow.getTokenUrl(), scopes,
          credential(name, "client id", qualify), credential(name, "client secret", qualify)));
    }
    if (type == Type.OAUTH2 || type == Type.OPENIDCONNECT) {
      return Optional.of(new SecurityScheme.Bearer(name, description, Optional.of("access token"),
          credential(name, "access token", qualify)));
    }
    diagnostics.warning("unsupported-security", dev.switchboard.core.spec.JsonPointers.child("/components/securitySchemes", name.wire()),
        "security scheme '" + name.wire() + "' (" + type + ") is not supported; operations using it are sent without it",
        "use HTTP basic or bearer, an API key, OAuth2 or OpenID Connect");
    return Optional.empty();
  }

  private Credential credential(Name scheme, String field, boolean qualify) {
    List<String> words = new ArrayList<>(clientName.words());
    if (qualify) {
      words.addAll(scheme.words());
    }
    words.addAll(Name.of(field).words());
    return new Credential(Name.of(field), Case.screamingSnake(words));
  }

  static List<SecurityRequirement> requirements(List<io.swagger.v3.oas.models.security.SecurityRequirement> requirements, List<SecurityScheme> known) {
    List<SecurityRequirement> result = new ArrayList<>();
    for (var requirement : requirements) {
      List<String> schemes = requirement.keySet().stream()
          .filter(s -> known.stream().anyMatch(k -> k.name().wire().equals(s))).toList();
      if (schemes.isEmpty() && !requirement.isEmpty()) {
        continue;
      }
      result.add(new SecurityRequirement(schemes));
    }
    return result;
  }
}
