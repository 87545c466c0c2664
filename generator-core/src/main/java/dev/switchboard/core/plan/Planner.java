package dev.switchboard.core.plan;

import dev.switchboard.core.config.SwitchboardConfig;
import dev.switchboard.core.diagnostics.Diagnostics;
import dev.switchboard.core.ir.Api;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Resource;
import dev.switchboard.core.ir.Server;
import dev.switchboard.core.ir.TypeDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Builds the {@link Plan} of an API, once per generation; the same IR always gives the same plan. */
public final class Planner {
  private final Api api;
  private final Inputs inputs;
  private final Results results;
  private final ErrorFields errors;
  private final SwitchboardConfig config;
  private final InputGroups groups;
  private final NameAllocator names = new NameAllocator("api");

  private Planner(Api api, SwitchboardConfig config, Diagnostics diagnostics) {
    this.api = Objects.requireNonNull(api, "api == null");
    this.config = Objects.requireNonNull(config, "config == null");
    Map<String, TypeDecl> types = api.typesById();
    this.errors = new ErrorFields(types, config.errors());
    this.inputs = new Inputs(types, new Examples(types), FormStyles.of(api),
        new PathDefaults(config.defaults(), api.securitySchemes()));
    this.results = new Results(types);
    this.groups = new InputGroups(Objects.requireNonNull(diagnostics, "diagnostics == null"));
  }

  /** The plan with a made-up package name (see {@link Identity}). */
  public static Plan plan(Api api) {
    return plan(api, SwitchboardConfig.EMPTY);
  }

  /** The plan with the config's wire settings: default headers, idempotency keys, error fields, webhooks, regions. */
  public static Plan plan(Api api, SwitchboardConfig config) {
    return plan(api, config, new Diagnostics("spec"));
  }

  /** The plan, with what it finds wrong in the spec's extensions told to {@code diagnostics}. */
  public static Plan plan(Api api, SwitchboardConfig config, Diagnostics diagnostics) {
    return new Planner(api, config, diagnostics).plan();
  }

  private Plan plan() {
    List<PlanResource> resources = new ArrayList<>();
    for (int i = 0; i < api.resources().size(); i++) {
      resources.add(resource(api.resources().get(i), "resource " + i));
    }
    Identity identity = Identity.of(api.info(), config.packageName());
    List<PlanAuth> auth = api.securitySchemes().stream().map(PlanAuth::of).toList();
    Map<String, PlanOperation> planned = new java.util.HashMap<>();
    resources.forEach(r -> r.operations().forEach(op -> planned.putIfAbsent(op.id(), op)));
    ResourceTree tree = ResourceTrees.of(api, id -> Optional.ofNullable(planned.get(id)));
    return new Plan(identity, api.servers().stream().map(PlanServer::of).toList(),
        auth, resources, names.renames(), config.headers().values(),
        config.webhooks().signature().map(WebhookSignature::of),
        config.regions().rule().map(rule -> HostRewrite.of(rule, identity.environmentPrefix())),
        Redaction.of(api, auth, config.logging().redactHeaders()), tree);
  }

  /** Tags are positions and JSON pointers: cheap keys that are unique even when ids repeat. */
  private PlanResource resource(Resource resource, String tag) {
    var name = names.newName(resource.name(), tag);
    NameAllocator methods = names.scope(tag, "resource " + name.key());
    List<PlanOperation> operations = new ArrayList<>();
    for (Operation operation : resource.operations()) {
      operations.add(operation(operation, methods));
    }
    return new PlanResource(name, operations);
  }

  private PlanOperation operation(Operation operation, NameAllocator methods) {
    var method = methods.newName(operation.localName(), operation.source());
    NameAllocator scope = methods.scope(operation.source(), "operation " + operation.id());
    Inputs.Planned planned = inputs.plan(operation, scope);
    Result result = results.of(operation, scope);
    List<List<String>> oneOf = groups.of(operation, planned.inputs());
    return new PlanOperation(operation.id(), method, operation.method(), operation.path(),
        inputs.withGroupExamples(planned.inputs(), oneOf),
        planned.body(), planned.bodyDropped(), result, errors.of(operation),
        idempotencyHeader(operation), security(operation),
        operation.servers().stream().findFirst().map(Server::defaultUrl), operation.docs().deprecated(), oneOf);
  }

  /** The spec's own idempotency header, else the config's for this method. */
  private Optional<String> idempotencyHeader(Operation operation) {
    return operation.idempotencyHeader().or(() -> config.idempotency().headerFor(operation.id(), operation.method()));
  }

  private static List<List<String>> security(Operation operation) {
    return operation.security().stream().map(Operation.SecurityRequirement::schemes).toList();
  }
}
