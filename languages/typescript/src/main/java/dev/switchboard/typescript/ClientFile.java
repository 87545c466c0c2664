package dev.switchboard.typescript;

import static dev.switchboard.typescript.Doc.concat;
import static dev.switchboard.typescript.Doc.text;

import dev.switchboard.core.plan.HostRewrite;
import dev.switchboard.core.plan.PlanAuth;
import dev.switchboard.core.plan.PlanServer;
import dev.switchboard.core.naming.Case;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code src/client.ts}: the options interface, the API's configuration and the client class. */
final class ClientFile {
  private final SdkModel model;
  /** Client option name by environment variable: schemes that share a variable share an option. */
  private final Map<String, String> credentialOptions;
  private final Map<String, String> variableOptions;
  /** The region and edge options, when the API has a host rewrite. */
  private final List<String> regionOptions;
  /** Client option name by path parameter wire name, for the options that give path parameters. */
  private final Map<String, String> pathOptions;
  private final OptionNames names;

  /** This SDK's product token, such as {@code github-sdk/0.1.0}; the runtime adds its own after it. */
  private final String userAgent;

  ClientFile(SdkModel model, String userAgent) {
    this.model = model;
    this.userAgent = userAgent;
    names = OptionNames.of(model.plan, model.table.newScope());
    credentialOptions = names.credentials;
    pathOptions = names.pathOptions;
    variableOptions = names.variables;
    regionOptions = names.regions;
  }

  private Optional<PlanServer> server() {
    return model.plan.defaultServer();
  }

  Map<String, String> credentialOptions() {
    return credentialOptions;
  }

  /** Client option name by server variable wire name. */
  Map<String, String> variableOptions() {
    return variableOptions;
  }

  /** The region and edge options, in that order; empty without a host rewrite. */
  List<String> regionOptions() {
    return regionOptions;
  }

  /** The class without resources, which resources imported on their own are given. */
  String baseClass() {
    return model.symbols.clientClass() + "Base";
  }

  Views.ClientBase baseView() {
    String options = names.declarations();
    String optionsDocs = "/** Settings for {@link " + model.symbols.clientClass() + "}"
        + (credentialOptions.isEmpty() ? ". */\n" : "; credentials not given are read from the environment. */\n");
    String docs = "/**\n * " + model.symbols.clientClass() + " without its resources: give it to a resource imported on its"
        + "\n * own, `new Resource(new " + baseClass() + "())`, and a bundle keeps only the resources a program uses."
        + "\n */\n";
    return new Views.ClientBase(model.folder.runtime(), baseClass(), docs, optionsDocs,
        options.isEmpty() ? "{}" : "{\n" + options + "}", config());
  }

  Views.Client view(List<Views.ClientResource> resources) {
    List<String> imports = new ArrayList<>();
    imports.add(Code.importNames("import", List.of(baseClass()), "./client-base.js"));
    resources.forEach(r -> imports.add(
        Code.importNames("import", List.of(r.className()), "./resources/" + r.module() + ".js")));
    String docs = TsText.jsdoc(Optional.of(model.api.info().title() + model.api.info().docs().text()
        .map(text -> "\n\n" + text).orElse("")), false, "");
    String fields = resources.stream().map(Views.ClientResource::field).collect(Collectors.joining());
    String getters = resources.stream().map(Views.ClientResource::getter).collect(Collectors.joining("\n"));
    return new Views.Client(model.symbols.clientClass(), baseClass(), docs, imports,
        fields.isEmpty() ? "{}" : "{\n" + fields + "\n" + getters + "}");
  }

  /** The environment variable that overrides the base URL. */
  String baseURLEnv() {
    return model.plan.identity().baseUrlVariable();
  }

  private String hostsConfig(HostRewrite rewrite) {
    List<Doc> hosts = rewrite.hosts().stream().map(h -> text(TsText.string(h))).toList();
    StringBuilder out = new StringBuilder("  hosts: {\n");
    out.append(Code.print(concat(text("hosts: "), Doc.list("[", hosts, "]", false), text(",")), 4)).append("\n");
    out.append(Code.property(4, "rewrite", TsText.string(rewrite.rewrite())));
    rewrite.defaultRegion().ifPresent(r -> out.append(Code.property(4, "defaultRegion", TsText.string(r))));
    out.append(Code.property(4, "regionOption", TsText.string(regionOptions.get(0))));
    out.append(Code.property(4, "edgeOption", TsText.string(regionOptions.get(1))));
    out.append(Code.property(4, "regionEnv", TsText.string(rewrite.regionVariable())));
    out.append(Code.property(4, "edgeEnv", TsText.string(rewrite.edgeVariable())));
    return out.append("  },\n").toString();
  }

  private String config() {
    StringBuilder out = new StringBuilder("const config: ClientConfig = {\n");
    server().ifPresent(server -> out.append(serverConfig(server)));
    out.append(model.plan.auth().isEmpty() ? "  security: {},\n" : "  security: {\n");
    for (PlanAuth scheme : model.plan.auth()) {
      out.append("    ").append(TsSymbols.propertyKey(scheme.name().wire())).append(": {\n");
      out.append(schemeConfig(scheme));
      out.append("    },\n");
    }
    if (!model.plan.auth().isEmpty()) {
      out.append("  },\n");
    }
    out.append(Code.property(2, "baseURLEnv", TsText.string(baseURLEnv())));
    out.append(Code.property(2, "userAgent", TsText.string(userAgent)));
    if (!model.plan.headers().isEmpty()) {
      out.append("  defaultHeaders: {\n");
      model.plan.headers().forEach((name, value) ->
          out.append(Code.property(4, TsSymbols.propertyKey(name), TsText.string(value))));
      out.append("  },\n");
    }
    model.plan.regions().ifPresent(rewrite -> out.append(hostsConfig(rewrite)));
    if (!pathOptions.isEmpty()) {
      out.append("  pathOptions: {\n");
      pathOptions.forEach((wire, option) -> out.append(Code.property(4, TsSymbols.propertyKey(wire), TsText.string(option))));
      out.append("  },\n");
    }
    out.append(redactionConfig());
    return out.append("};\n").toString();
  }

  /** What the debug log masks: credential headers and query parameters, personal path parameters. */
  private String redactionConfig() {
    var redaction = model.plan.redaction();
    // Personal path parameters only where the API has any: the log masks them in URLs.
    String path = redaction.path().isEmpty() ? "" : names("path", redaction.path().stream().sorted().toList());
    return "  redaction: {\n" + names("headers", redaction.headers()) + names("query", redaction.query()) + path
        + "  },\n";
  }

  /** {@code key: ['a', 'b'],} in the redaction object, broken one a line when too long. */
  private static String names(String key, List<String> names) {
    List<Doc> items = names.stream().map(n -> text(TsText.string(n))).toList();
    return Code.print(concat(text(key + ": "), Doc.list("[", items, "]", false), text(",")), 4) + "\n";
  }

  private String serverConfig(PlanServer server) {
    StringBuilder out = new StringBuilder("  server: {\n");
    out.append(Code.property(4, "url", TsText.string(server.url())));
    if (!server.variables().isEmpty()) {
      out.append("    variables: {\n");
      for (PlanServer.Variable variable : server.variables()) {
        out.append("      ").append(TsSymbols.propertyKey(variable.name().wire())).append(": {\n");
        out.append(Code.property(8, "option", TsText.string(variableOptions.get(variable.name().wire()))));
        out.append(Code.property(8, "default", TsText.string(variable.defaultValue())));
        out.append("      },\n");
      }
      out.append("    },\n");
    }
    return out.append("  },\n").toString();
  }

  /** The runtime description of one security scheme. */
  private String schemeConfig(PlanAuth scheme) {
    List<PlanAuth.Credential> credentials = scheme.credentials();
    return switch (scheme.type()) {
      case BASIC -> type("basic") + credential("username", credentials.get(0)) + credential("password", credentials.get(1));
      case BEARER -> type("bearer") + credential("token", credentials.get(0));
      case API_KEY -> {
        PlanAuth.ApiKey key = scheme.apiKey().orElseThrow();
        yield type("apiKey") + Code.property(6, "in", TsText.string(key.in()))
            + Code.property(6, "name", TsText.string(key.name())) + credential("key", credentials.get(0));
      }
      case OAUTH2_CLIENT_CREDENTIALS -> {
        PlanAuth.ClientCredentials oauth = scheme.clientCredentials().orElseThrow();
        List<Doc> scopes = oauth.scopes().stream().map(s -> text(TsText.string(s))).toList();
        Doc scopesDoc = concat(text("scopes: "), Doc.list("[", scopes, "]", false), text(","));
        yield type("oauth2") + Code.property(6, "tokenUrl", TsText.string(oauth.tokenUrl()))
            + Code.print(scopesDoc, 6) + "\n"
            + credential("clientId", credentials.get(0)) + credential("clientSecret", credentials.get(1));
      }
    };
  }

  private String credential(String key, PlanAuth.Credential credential) {
    return "      " + key + ": {\n"
        + Code.property(8, "option", TsText.string(credentialOptions.get(credential.environment())))
        + Code.property(8, "env", TsText.string(credential.environment()))
        + "      },\n";
  }

  private static String type(String type) {
    return Code.property(6, "type", TsText.string(type));
  }
}
