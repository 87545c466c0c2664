package dev.switchboard.typescript;

import dev.switchboard.core.plan.HostRewrite;
import dev.switchboard.core.plan.PathOption;
import dev.switchboard.core.plan.Plan;
import dev.switchboard.core.plan.PlanAuth;
import dev.switchboard.core.plan.PlanServer;
import dev.switchboard.core.plugin.NameKind;
import dev.switchboard.core.plugin.SymbolTable;
import dev.switchboard.core.spec.JsonPointers;
import dev.switchboard.core.text.Markdown;
import static dev.switchboard.typescript.Doc.LINE;
import static dev.switchboard.typescript.Doc.concat;
import static dev.switchboard.typescript.Doc.group;
import static dev.switchboard.typescript.Doc.indent;
import static dev.switchboard.typescript.Doc.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of a client's own options: credentials, path options, server variables, region and
 * edge. Allocated the same way for a spec's client and for the client of several specs, so the
 * latter can hand each mount its options by the names the mount's client gave them.
 */
final class OptionNames {
  /** Option name by environment variable: schemes that share a variable share an option. */
  final Map<String, String> credentials = new LinkedHashMap<>();
  /** Option name by path parameter wire name. */
  final Map<String, String> pathOptions = new LinkedHashMap<>();
  /** Option name by server variable wire name. */
  final Map<String, String> variables = new LinkedHashMap<>();
  /** The region and edge options, in that order; empty without a host rewrite. */
  final List<String> regions = new ArrayList<>();
  private final List<PlanAuth> auth;
  private final Optional<PlanServer> server;
  private final Optional<HostRewrite> rewrite;

  OptionNames(List<PlanAuth> auth, List<PathOption> paths, Optional<PlanServer> server, Optional<HostRewrite> rewrite,
      SymbolTable.Scope scope) {
    this.auth = auth;
    this.server = server;
    this.rewrite = rewrite;
    SymbolTable.Scope options = scope.reserve(TsSymbols.BASE_OPTIONS);
    for (PlanAuth scheme : auth) {
      for (PlanAuth.Credential credential : scheme.credentials()) {
        credentials.computeIfAbsent(credential.environment(),
            env -> TsSymbols.member(options, NameKind.PARAMETER, credential.name(),
                JsonPointers.child("/components/securitySchemes", scheme.name().wire())));
      }
    }
    paths.forEach(o -> pathOptions.put(o.parameter(),
        TsSymbols.member(options, NameKind.PARAMETER, o.option(), "/defaults/" + o.parameter() + "/option")));
    server.ifPresent(s -> s.variables().forEach(v ->
        variables.put(v.name().wire(), TsSymbols.member(options, NameKind.PARAMETER, v.name(), "/servers/0/variables"))));
    rewrite.ifPresent(r -> {
      regions.add(TsSymbols.member(options, NameKind.PARAMETER, r.regionOption(), "/regions/options"));
      regions.add(TsSymbols.member(options, NameKind.PARAMETER, r.edgeOption(), "/regions/options"));
    });
  }

  /** The body of the options interface: each option with its docs. */
  String declarations() {
    StringBuilder out = new StringBuilder();
    for (PlanAuth scheme : auth) {
      for (PlanAuth.Credential credential : scheme.credentials()) {
        String option = credentials.get(credential.environment());
        if (out.indexOf("  " + option + "?:") >= 0) {
          continue;
        }
        List<String> lines = new ArrayList<>();
        scheme.description().ifPresent(d -> lines.addAll(TsText.commentLines(Markdown.fromHtml(d))));
        if (!lines.isEmpty()) {
          lines.add("");
        }
        lines.add("Defaults to the environment variable `" + credential.environment() + "`.");
        out.append(TsText.block(lines, "  ")).append("  ").append(option).append("?: string | undefined;\n");
      }
    }
    pathOptions.forEach((wire, option) -> out.append(TsText.block(List.of("The `" + wire
        + "` of calls that leave it out; when not given, the user name is used."), "  "))
        .append("  ").append(TsSymbols.propertyKey(option)).append("?: string | undefined;\n"));
    server.ifPresent(s -> s.variables().forEach(variable -> out.append(variableOption(variable))));
    rewrite.ifPresent(r -> out.append(regionOptions(r)));
    return out.toString();
  }

  private String regionOptions(HostRewrite rewrite) {
    String hosts = String.join(", ", rewrite.hosts());
    List<String> region = new ArrayList<>(List.of("Region to send requests for " + hosts + " to (`" + rewrite.rewrite() + "`).",
        "Defaults to the environment variable `" + rewrite.regionVariable() + "`."));
    rewrite.defaultRegion().ifPresent(r -> region.add("With only an edge, the region is `" + r + "`."));
    List<String> edge = List.of("Edge to send requests for " + hosts + " to (`" + rewrite.rewrite() + "`).",
        "Defaults to the environment variable `" + rewrite.edgeVariable() + "`.");
    return TsText.block(region, "  ") + "  " + TsSymbols.propertyKey(regions.get(0)) + "?: string | undefined;\n"
        + TsText.block(edge, "  ") + "  " + TsSymbols.propertyKey(regions.get(1)) + "?: string | undefined;\n";
  }

  private String variableOption(PlanServer.Variable variable) {
    List<String> lines = new ArrayList<>(variable.description().map(Markdown::fromHtml).map(TsText::commentLines).orElse(List.of()));
    if (!lines.isEmpty()) {
      lines.add("");
    }
    lines.add("Server variable `" + TsText.commentLines(variable.name().wire()).stream().findFirst().orElse("")
        + "`; default `" + variable.defaultValue() + "`.");
    List<String> members = new ArrayList<>(variable.allowedValues().stream().map(TsText::string).toList());
    members.add("(string & {})");
    members.add("undefined");
    String head = TsSymbols.propertyKey(variables.get(variable.name().wire())) + "?:";
    Doc doc = concat(text(head), group(indent(LINE, TsTypes.union(members))), text(";"));
    return TsText.block(lines, "  ") + Code.print(doc, 2) + "\n";
  }

  /** The names a spec's client gives its options. */
  static OptionNames of(Plan plan, SymbolTable.Scope scope) {
    return new OptionNames(plan.auth(), plan.pathOptions(), plan.defaultServer(), plan.regions(), scope);
  }

  /** The option of a scheme's credential. */
  String credential(PlanAuth.Credential credential) {
    return credentials.get(credential.environment());
  }
}
