package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SDK every language prints, decided once from the IR (see docs/plan.md): resources and
 * their methods, each method's inputs and result, and every rename the planner made.
 * {@code identity} names the SDK and its environment variables; {@code servers} are the API's
 * servers, the first the one clients use by default; {@code auth} the security schemes with the
 * environment variables they read; {@code headers} the headers every request sends unless the
 * client or the call sets them; {@code webhooks} how the API signs its webhooks; {@code regions}
 * the host rewriting a client's region and edge ask for; {@code redaction} what SDKs never show in
 * clear: credentials in debug logs, personal data in a model's text; {@code tree} the resources as
 * a tree, for an API whose spec declares one ({@link ResourceTree}).
 */
@JsonPropertyOrder({"identity", "servers", "auth", "headers", "webhooks", "regions", "pathOptions", "redaction", "resources",
    "tree", "renames"})
public final class Plan {
  private final Identity identity;
  private final List<PlanServer> servers;
  private final List<PlanAuth> auth;
  private final List<PlanResource> resources;
  private final List<Rename> renames;
  private final Map<String, String> headers;
  private final Optional<WebhookSignature> webhooks;
  private final Optional<HostRewrite> regions;
  private final Redaction redaction;
  private final ResourceTree tree;
  private final Map<String, PlanOperation> byId = new LinkedHashMap<>();

  public Plan(Identity identity, List<PlanServer> servers, List<PlanAuth> auth, List<PlanResource> resources, List<Rename> renames,
      Map<String, String> headers, Optional<WebhookSignature> webhooks, Optional<HostRewrite> regions, Redaction redaction,
      ResourceTree tree) {
    this.tree = Objects.requireNonNull(tree, "tree == null");
    this.redaction = Objects.requireNonNull(redaction, "redaction == null");
    this.webhooks = Objects.requireNonNull(webhooks, "webhooks == null");
    this.regions = Objects.requireNonNull(regions, "regions == null");
    this.identity = Objects.requireNonNull(identity, "identity == null");
    this.headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.servers = List.copyOf(servers);
    this.auth = List.copyOf(auth);
    this.resources = List.copyOf(resources);
    this.renames = List.copyOf(renames);
    this.resources.forEach(r -> r.operations().forEach(op -> byId.putIfAbsent(op.id(), op)));
  }

  @JsonProperty
  public Identity identity() {
    return identity;
  }

  @JsonProperty
  public List<PlanServer> servers() {
    return servers;
  }

  /** The server a client sends requests to unless it is given a base URL: the first. */
  public Optional<PlanServer> defaultServer() {
    return servers.stream().findFirst();
  }

  @JsonProperty
  public List<PlanAuth> auth() {
    return auth;
  }

  /** Default headers, in the order the config gives them. */
  @JsonProperty
  public Map<String, String> headers() {
    return headers;
  }

  /** How the API signs its webhooks, when the config says. */
  @JsonProperty
  public Optional<WebhookSignature> webhooks() {
    return webhooks;
  }

  /** The host rewriting of a client's region and edge, when the config asks for one. */
  @JsonProperty
  public Optional<HostRewrite> regions() {
    return regions;
  }

  /** What SDKs mask: secret headers and query parameters in logs, personal-data fields in models' text. */
  @JsonProperty
  public Redaction redaction() {
    return redaction;
  }

  @JsonProperty
  public List<PlanResource> resources() {
    return resources;
  }

  /**
   * The client options that give left-out path parameters their values, in the order the
   * operations first use them; each client declares them.
   */
  @JsonProperty
  public List<PathOption> pathOptions() {
    Map<String, PathOption> options = new LinkedHashMap<>();
    byId.values().forEach(op -> op.inputs().forEach(input -> input.defaultFrom().flatMap(CredentialDefault::option)
        .ifPresent(option -> options.putIfAbsent(option.key(), new PathOption(option, input.wire())))));
    return List.copyOf(options.values());
  }

  /** The client as a tree of resources, when the spec declares one; else empty, and {@link #resources()} is the client. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public ResourceTree tree() {
    return tree;
  }

  /** This plan with {@code tree} as its resource tree (a language's names for its methods). */
  public Plan withTree(ResourceTree tree) {
    return new Plan(identity, servers, auth, resources, renames, headers, webhooks, regions, redaction, tree);
  }

  /** The tree in the plan's JSON: left out when the spec declares none. */
  @JsonProperty("tree")
  Optional<ResourceTree> treeIfDeclared() {
    return tree.isEmpty() ? Optional.empty() : Optional.of(tree);
  }

  @JsonProperty
  public List<Rename> renames() {
    return renames;
  }

  /** The planned operation for an IR operation id. */
  public PlanOperation operation(String id) {
    Objects.requireNonNull(id, "id == null");
    return find(id).orElseThrow(() -> new IllegalArgumentException("no planned operation " + id));
  }

  public Optional<PlanOperation> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
