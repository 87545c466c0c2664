package dev.switchboard.golang;

import dev.switchboard.core.plan.HostRewrite;
import dev.switchboard.core.plan.Identity;
import dev.switchboard.core.plan.PathOption;
import dev.switchboard.core.plan.PlanAuth;
import dev.switchboard.core.plan.PlanServer;
import dev.switchboard.core.plan.Redaction;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a client tells the runtime about its API ({@code core.Settings}) and the options it adds to
 * the runtime's: one per security scheme giving its credentials, one per path parameter a call may
 * leave out.
 */
final class ClientFile {
  private ClientFile() {}

  /** The {@code core.Settings} literal, on one line so that gofmt has nothing to align. */
  static String settings(Optional<PlanServer> defaultServer, Identity identity, String userAgent, Map<String, String> headers,
      List<PlanAuth> auth, List<Views.CredentialOption> options, String packageName, Optional<String> regions,
      Optional<Redaction> redaction) {
    List<String> fields = new ArrayList<>();
    defaultServer.ifPresent(server -> {
      fields.add("DefaultServer: " + GoText.quote(server.url()));
      if (!server.variables().isEmpty()) {
        fields.add("Variables: map[string]string{" + String.join(", ", server.variables().stream()
            .map(v -> GoText.quote(v.name().wire()) + ": " + GoText.quote(v.defaultValue())).toList()) + "}");
      }
    });
    fields.add("BaseURLEnv: " + GoText.quote(identity.baseUrlVariable()));
    fields.add("UserAgent: " + GoText.quote(userAgent));
    if (!headers.isEmpty()) {
      List<String> pairs = headers.entrySet().stream()
          .map(e -> GoText.quote(e.getKey()) + ": " + GoText.quote(e.getValue())).toList();
      fields.add("Headers: map[string]string{" + String.join(", ", pairs) + "}");
    }
    List<String> schemes = new ArrayList<>();
    for (int i = 0; i < auth.size(); i++) {
      schemes.add(scheme(auth.get(i), packageName + "." + options.get(i).name()));
    }
    if (!schemes.isEmpty()) {
      fields.add("Schemes: []core.Scheme{" + String.join(", ", schemes) + "}");
    }
    regions.ifPresent(rewrite -> fields.add("Regions: " + rewrite));
    redaction.ifPresent(masked -> fields.add("Redaction: core.Redaction{Headers: []string{" + GoText.quoteAll(masked.headers())
        + "}, Query: []string{" + GoText.quoteAll(masked.query()) + "}, Path: []string{" + GoText.quoteAll(masked.path())
        + "}}"));
    return "core.Settings{" + String.join(", ", fields) + "}";
  }

  /** One {@code core.Scheme} literal; {@code option} names the option giving its credentials. */
  static String scheme(PlanAuth auth, String option) {
    List<String> fields = new ArrayList<>();
    fields.add("Name: " + GoText.quote(auth.name().wire()));
    fields.add("Type: " + switch (auth.type()) {
      case BASIC -> "core.Basic";
      case BEARER -> "core.Bearer";
      case API_KEY -> "core.APIKey";
      case OAUTH2_CLIENT_CREDENTIALS -> "core.OAuth2";
    });
    auth.apiKey().ifPresent(key -> {
      fields.add("In: " + GoText.quote(key.in()));
      fields.add("Param: " + GoText.quote(key.name()));
    });
    fields.add("Env: []string{" + GoText.quoteAll(auth.environment()) + "}");
    fields.add("Option: " + GoText.quote(option));
    auth.clientCredentials().ifPresent(oauth -> {
      fields.add("TokenURL: " + GoText.quote(oauth.tokenUrl()));
      if (!oauth.scopes().isEmpty()) {
        fields.add("Scopes: []string{" + GoText.quoteAll(oauth.scopes()) + "}");
      }
    });
    return "{" + String.join(", ", fields) + "}";
  }

  /** An option per security scheme: {@code WithAccountAuth(username, password string)}. */
  static List<Views.CredentialOption> credentials(List<PlanAuth> auth, SymbolTable.Scope scope) {
    List<Views.CredentialOption> options = new ArrayList<>();
    for (PlanAuth scheme : auth) {
      String name = scope.claimGenerated(NameKind.TYPE, "With" + GoSymbols.exported(scheme.name().words()));
      SymbolTable.Scope locals = new SymbolTable(GoSymbols.PROVIDER).newScope().reserveWords(GoSymbols.localReserved());
      List<String> parameters = scheme.credentials().stream()
          .map(c -> locals.claimGenerated(NameKind.PARAMETER, GoSymbols.local(c.name().words()))).toList();
      String variables = String.join(" and ", scheme.environment());
      List<String> doc = GoText.comment(name + " gives the credentials of " + scheme.name().wire() + " ("
          + scheme.type().wire() + "); without it they are read from " + variables + ".", scheme.description(), false);
      options.add(new Views.CredentialOption(doc, name, String.join(", ", parameters) + " string",
          String.join(", ", parameters), GoText.quote(scheme.name().wire())));
    }
    return options;
  }

  /** An option per variable of the default server: {@code WithRegion(value string)}. */
  static List<Views.VariableOption> variables(Optional<PlanServer> server, SymbolTable.Scope scope) {
    List<Views.VariableOption> options = new ArrayList<>();
    for (PlanServer.Variable variable : server.map(PlanServer::variables).orElse(List.of())) {
      String name = scope.claimGenerated(NameKind.TYPE, "With" + GoSymbols.exported(variable.name().words()));
      String allowed = variable.allowedValues().isEmpty() ? "" : " (one of " + String.join(", ", variable.allowedValues()) + ")";
      List<String> doc = GoText.comment(name + " sets the server variable " + GoText.quote(variable.name().wire()) + allowed
          + "; default " + GoText.quote(variable.defaultValue()) + ".", variable.description(), false);
      options.add(new Views.VariableOption(doc, name, "core.WithServerVariable(" + GoText.quote(variable.name().wire()) + ", value)"));
    }
    return options;
  }

  /** The region's and the edge's options of the host rewrite: {@code WithMediaRegion(value string)}. */
  static List<Views.VariableOption> hosts(Optional<HostRewrite> regions, SymbolTable.Scope scope) {
    List<Views.VariableOption> options = new ArrayList<>();
    regions.ifPresent(rewrite -> {
      String region = scope.claimGenerated(NameKind.TYPE, "With" + GoSymbols.exported(rewrite.regionOption().words()));
      String edge = scope.claimGenerated(NameKind.TYPE, "With" + GoSymbols.exported(rewrite.edgeOption().words()));
      options.add(new Views.VariableOption(GoText.comment(region + " moves requests to the region's hosts (" + rewrite.rewrite()
          + "); without it " + rewrite.regionVariable() + " is read. It must be one host label.", Optional.empty(), false),
          region, "core.WithRegionHost(value)"));
      options.add(new Views.VariableOption(GoText.comment(edge + " moves requests to the edge's hosts (" + rewrite.rewrite()
          + "); without it " + rewrite.edgeVariable() + " is read. It must be one host label.", Optional.empty(), false),
          edge, "core.WithEdgeHost(value)"));
    });
    return options;
  }

  /** The {@code core.HostRewrite} literal of the config's {@code regions:}, naming the options. */
  static String rewrite(HostRewrite rewrite, List<Views.VariableOption> options, String packageName) {
    return "&core.HostRewrite{Hosts: []string{" + GoText.quoteAll(rewrite.hosts()) + "}, Rewrite: " + GoText.quote(rewrite.rewrite())
        + ", DefaultRegion: " + GoText.quote(rewrite.defaultRegion().orElse("")) + ", RegionEnv: "
        + GoText.quote(rewrite.regionVariable()) + ", EdgeEnv: " + GoText.quote(rewrite.edgeVariable()) + ", RegionOption: "
        + GoText.quote(packageName + "." + options.get(0).name()) + ", EdgeOption: "
        + GoText.quote(packageName + "." + options.get(1).name()) + "}";
  }

  /** An option per path parameter a call may leave out: {@code WithAccountSid(value string)}. */
  static List<Views.PathOption> pathOptions(List<PathOption> pathOptions, SymbolTable.Scope scope) {
    List<Views.PathOption> options = new ArrayList<>();
    for (PathOption option : pathOptions) {
      String name = scope.claimGenerated(NameKind.TYPE, "With" + GoSymbols.exported(option.option().words()));
      List<String> doc = GoText.comment(name + " gives the path parameter " + GoText.quote(option.parameter())
          + " to every call that leaves it out.", Optional.empty(), false);
      options.add(new Views.PathOption(doc, name, GoText.quote(option.parameter())));
    }
    return options;
  }
}
