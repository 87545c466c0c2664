package dev.switchboard.core.lower;

import dev.switchboard.core.ir.Docs;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.RequestBody;
import dev.switchboard.core.ir.Response;
import dev.switchboard.core.ir.Server;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.spec.JsonPointers;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Lowers one operation of a path item. */
final class OperationLowerer {
  private static final Pattern IDEMPOTENCY = Pattern.compile("(?i)(x-)?idempotency[-_]?key");

  private final SchemaLowerer schemas;
  private final Components components;
  private final ParameterLowerer parameters;
  private final BodyLowerer bodies;
  private final PaginationDetector pagination;
  private final ConfiguredAuth security;
  private final List<io.swagger.v3.oas.models.security.SecurityRequirement> globalSecurity;

  OperationLowerer(SchemaLowerer schemas, Components components, PaginationDetector pagination,
      ConfiguredAuth security, List<io.swagger.v3.oas.models.security.SecurityRequirement> globalSecurity) {
    this.schemas = schemas;
    this.components = components;
    this.parameters = new ParameterLowerer(schemas);
    this.bodies = new BodyLowerer(schemas);
    this.pagination = pagination;
    this.security = security;
    this.globalSecurity = globalSecurity == null ? List.of() : globalSecurity;
  }

  Operation lower(String id, Name name, String path, PathItem.HttpMethod method, PathItem item,
      io.swagger.v3.oas.models.Operation operation, String pointer) {
    List<Parameter> params = parameters(item, operation, name, pointer);
    Optional<RequestBody> body = bodies.request(components.body(operation.getRequestBody()), SchemaLowerer.child(name, "request"), pointer + "/requestBody");
    List<Response> responses = responses(operation, name, pointer + "/responses");
    Docs docs = Docs.of(operation.getSummary(), operation.getDescription(), Boolean.TRUE.equals(operation.getDeprecated()), null);
    var requirements = security.requirements(id,
        SecurityLowerer.requirements(operation.getSecurity() != null ? operation.getSecurity() : globalSecurity, security.schemes()));
    Operation draft = new Operation(id, name, name, method.name(), path, docs, params, body, responses,
        servers(item, operation), requirements, Optional.empty(), idempotencyHeader(params),
        Values.extensions(operation.getExtensions()), pointer, PathRoles.of(item));
    return draft.withPagination(pagination.detect(draft, operation.getExtensions(), pointer));
  }

  private List<Server> servers(PathItem item, io.swagger.v3.oas.models.Operation operation) {
    List<Server> own = ServerLowerer.lower(operation.getServers());
    return own.isEmpty() ? ServerLowerer.lower(item.getServers()) : own;
  }

  private List<Parameter> parameters(PathItem item, io.swagger.v3.oas.models.Operation operation, Name name, String pointer) {
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    String itemPointer = pointer.substring(0, pointer.lastIndexOf('/'));
    addParameters(byKey, item.getParameters(), name, itemPointer + "/parameters");
    addParameters(byKey, operation.getParameters(), name, pointer + "/parameters");
    List<Parameter> ordered = new ArrayList<>(byKey.values());
    return ordered;
  }

  private void addParameters(Map<String, Parameter> byKey, List<io.swagger.v3.oas.models.parameters.Parameter> declared, Name name, String pointer) {
    if (declared == null) {
      return;
    }
    for (int i = 0; i < declared.size(); i++) {
      var parameter = components.parameter(declared.get(i));
      if (parameter == null || parameter.getName() == null || parameter.getIn() == null) {
        continue;
      }
      Parameter lowered = parameters.lower(parameter, name, pointer + "/" + i);
      byKey.put(lowered.location() + " " + lowered.name().wire().toLowerCase(Locale.ROOT), lowered);
    }
  }

  private List<Response> responses(io.swagger.v3.oas.models.Operation operation, Name name, String pointer) {
    List<Response> result = new ArrayList<>();
    if (operation.getResponses() == null) {
      return result;
    }
    operation.getResponses().forEach((status, declared) -> {
      ApiResponse response = components.response(declared);
      String responsePointer = JsonPointers.child(pointer, status);
      boolean success = status.charAt(0) < '4' && !status.equals("default");
      Name typeName = SchemaLowerer.child(name, success ? "response" : (status.equals("default") ? "error" : status) + " response");
      result.add(new Response(status.toUpperCase(Locale.ROOT).equals("DEFAULT") ? "default" : status.toUpperCase(Locale.ROOT),
          Docs.of(null, response.getDescription(), false, null),
          headers(response.getHeaders(), typeName, responsePointer + "/headers"),
          bodies.response(response.getContent(), typeName, responsePointer)));
    });
    return result;
  }

  private List<Response.Header> headers(Map<String, Header> headers, Name owner, String pointer) {
    List<Response.Header> result = new ArrayList<>();
    if (headers != null) {
      headers.forEach((wire, declared) -> {
        Header header = components.header(declared);
        TypeRef type = schemas.lower(header.getSchema(), SchemaLowerer.child(owner, wire), JsonPointers.child(pointer, wire) + "/schema");
        result.add(new Response.Header(Name.of(wire), type, Boolean.TRUE.equals(header.getRequired()),
            Docs.of(null, header.getDescription(), Boolean.TRUE.equals(header.getDeprecated()), null)));
      });
    }
    return result;
  }

  private static Optional<String> idempotencyHeader(List<Parameter> params) {
    return params.stream()
        .filter(p -> p.location() == Parameter.Location.HEADER && IDEMPOTENCY.matcher(p.name().wire()).matches())
        .map(p -> p.name().wire())
        .findFirst();
  }
}
