package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.config.RegionsConfig;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Words;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The host rewriting a client's region and edge ask for (switchboard.yaml {@code regions:}).
 * Every runtime applies it to each request URL whose host matches one of {@code hosts} (exactly,
 * or {@code *.DOMAIN}: one label in front of DOMAIN), once a region or an edge is set:
 * {@code rewrite}'s labels with {@code {host}} (the host's first label), {@code {edge}} and
 * {@code {region}} filled in, a label whose value is unset left out. With an edge and no region,
 * the region is {@code defaultRegion} when there is one (Twilio's libraries use {@code us1}).
 * The client options are named {@code regionOption} and {@code edgeOption}; when not given they
 * are read from {@code regionVariable} and {@code edgeVariable}.
 */
@JsonPropertyOrder({"hosts", "rewrite", "defaultRegion", "regionOption", "edgeOption", "regionVariable", "edgeVariable"})
public record HostRewrite(List<String> hosts, String rewrite, Optional<String> defaultRegion, Name regionOption,
    Name edgeOption, String regionVariable, String edgeVariable) {
  public HostRewrite {
    hosts = List.copyOf(hosts);
    Objects.requireNonNull(rewrite, "rewrite == null");
    Objects.requireNonNull(defaultRegion, "defaultRegion == null");
    Objects.requireNonNull(regionOption, "regionOption == null");
    Objects.requireNonNull(edgeOption, "edgeOption == null");
    Objects.requireNonNull(regionVariable, "regionVariable == null");
    Objects.requireNonNull(edgeVariable, "edgeVariable == null");
  }

  /** The config's rule; environment variables not named there are the client's prefix plus REGION and EDGE. */
  static HostRewrite of(RegionsConfig.Rule rule, String environmentPrefix) {
    return new HostRewrite(rule.hosts(), rule.rewrite(), rule.defaultRegion(), name(rule.regionOption()),
        name(rule.edgeOption()), rule.regionVariable().orElse(environmentPrefix + "_REGION"),
        rule.edgeVariable().orElse(environmentPrefix + "_EDGE"));
  }

  private static Name name(String option) {
    return new Name(Words.split(option), option);
  }
}
