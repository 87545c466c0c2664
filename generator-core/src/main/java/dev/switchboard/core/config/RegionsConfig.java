package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code regions:}: a region and an edge the client is given, which rewrite the host of every
 * request to some of the API's hosts (Twilio's {@code api.twilio.com} becomes
 * {@code api.ashburn.us1.twilio.com}).
 *
 * <pre>
 * regions:
 *   hosts: ["*.twilio.com"]                       # exact hosts, or *.DOMAIN for one label in front of DOMAIN
 *   rewrite: "{host}.{edge}.{region}.twilio.com"  # {host}: the first label; a label left unset is left out
 *   default-region: us1                           # the region when only an edge is given
 *   options: {region: region, edge: edge}         # the client options' words (these are the defaults)
 *   env: {region: TWILIO_REGION, edge: TWILIO_EDGE}  # default: PREFIX_REGION, PREFIX_EDGE
 * </pre>
 */
public record RegionsConfig(Optional<Rule> rule) {
  public static final RegionsConfig NONE = new RegionsConfig(Optional.empty());

  private static final Set<String> KEYS = Set.of("hosts", "rewrite", "default-region", "options", "env");
  private static final Set<String> PAIR = Set.of("region", "edge");
  private static final List<String> PLACEHOLDERS = List.of("{host}", "{edge}", "{region}");
  private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?";

  public RegionsConfig {
    Objects.requireNonNull(rule, "rule == null");
  }

  /** The checked section; options and environment variables are empty when the config leaves them to the plan. */
  public record Rule(List<String> hosts, String rewrite, Optional<String> defaultRegion, String regionOption,
      String edgeOption, Optional<String> regionVariable, Optional<String> edgeVariable) {
    public Rule {
      hosts = List.copyOf(hosts);
      Objects.requireNonNull(rewrite, "rewrite == null");
      Objects.requireNonNull(defaultRegion, "defaultRegion == null");
      Objects.requireNonNull(regionOption, "regionOption == null");
      Objects.requireNonNull(edgeOption, "edgeOption == null");
      Objects.requireNonNull(regionVariable, "regionVariable == null");
      Objects.requireNonNull(edgeVariable, "edgeVariable == null");
    }
  }

  static RegionsConfig read(Path file, JsonNode node) {
    ConfigNodes nodes = new ConfigNodes(file.toString());
    Optional<JsonNode> section = nodes.mapping(node, "regions", KEYS,
        "{hosts: [\"*.twilio.com\"], rewrite: \"{host}.{edge}.{region}.twilio.com\"}");
    if (section.isEmpty()) {
      return NONE;
    }
    JsonNode map = section.get();
    List<String> hosts = nodes.texts(map, "hosts", "regions", "[\"*.twilio.com\"]");
    if (hosts.isEmpty()) {
      throw nodes.error("regions.hosts", "expected the hosts to rewrite, such as [\"api.twilio.com\"] or [\"*.twilio.com\"]");
    }
    for (String host : hosts) {
      if (!host.matches("(\\*\\.)?" + LABEL + "(\\." + LABEL + ")+")) {
        throw nodes.error("regions.hosts", "'" + host + "' is neither a host name such as api.twilio.com nor"
            + " *.DOMAIN such as *.twilio.com");
      }
    }
    String rewrite = nodes.text(map, "rewrite", "regions", "\"{host}.{edge}.{region}.twilio.com\"")
        .orElseThrow(() -> nodes.error("regions.rewrite", "expected the new host, such as"
            + " \"{host}.{edge}.{region}.twilio.com\""));
    checkRewrite(nodes, rewrite);
    Optional<String> defaultRegion = nodes.text(map, "default-region", "regions", "us1");
    if (defaultRegion.isPresent() && !defaultRegion.get().matches(LABEL)) {
      throw nodes.error("regions.default-region", "'" + defaultRegion.get() + "' is not a host label such as us1");
    }
    Optional<JsonNode> options = nodes.mapping(map.get("options"), "regions.options", PAIR, "{region: region, edge: edge}");
    Optional<JsonNode> env = nodes.mapping(map.get("env"), "regions.env", PAIR, "{region: TWILIO_REGION, edge: TWILIO_EDGE}");
    String regionOption = options.flatMap(o -> nodes.text(o, "region", "regions.options", "region")).orElse("region");
    String edgeOption = options.flatMap(o -> nodes.text(o, "edge", "regions.options", "edge")).orElse("edge");
    if (regionOption.equals(edgeOption)) {
      throw nodes.error("regions.options", "region and edge need two different option names");
    }
    Optional<String> regionVariable = env.flatMap(e -> variable(nodes, e, "region"));
    Optional<String> edgeVariable = env.flatMap(e -> variable(nodes, e, "edge"));
    return new RegionsConfig(Optional.of(new Rule(hosts, rewrite, defaultRegion, regionOption, edgeOption,
        regionVariable, edgeVariable)));
  }

  /** Placeholders stand for whole labels, so that an unset one is left out with its dot. */
  private static void checkRewrite(ConfigNodes nodes, String rewrite) {
    boolean region = false;
    for (String label : rewrite.split("\\.", -1)) {
      if (PLACEHOLDERS.contains(label)) {
        region |= label.equals("{region}") || label.equals("{edge}");
      } else if (!label.matches(LABEL)) {
        throw nodes.error("regions.rewrite", "'" + label + "' in \"" + rewrite + "\" is neither a host label nor one of "
            + String.join(", ", PLACEHOLDERS) + " standing alone between dots");
      }
    }
    if (!region) {
      throw nodes.error("regions.rewrite", "\"" + rewrite + "\" uses neither {region} nor {edge}");
    }
  }

  private static Optional<String> variable(ConfigNodes nodes, JsonNode env, String key) {
    Optional<String> name = nodes.text(env, key, "regions.env", "TWILIO_REGION");
    if (name.isPresent() && !name.get().matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw nodes.error("regions.env." + key, "'" + name.get() + "' is not an environment variable name");
    }
    return name;
  }
}
