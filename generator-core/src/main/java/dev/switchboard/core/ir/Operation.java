package dev.switchboard.core.ir;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP operation, with everything a plugin needs to call it resolved. {@code name} is unique in
 * the API ({@code create message}); {@code localName} is unique in its resource, with the
 * resource's words removed ({@code create}). {@code role} is where the spec puts its path in the
 * API's resource tree, when it says ({@link PathRole}).
 */
public record Operation(
    String id,
    Name name,
    Name localName,
    String method,
    String path,
    Docs docs,
    List<Parameter> parameters,
    Optional<RequestBody> body,
    List<Response> responses,
    List<Server> servers,
    List<SecurityRequirement> security,
    Optional<Pagination> pagination,
    Optional<String> idempotencyHeader,
    Map<String, JsonNode> extensions,
    String source,
    Optional<PathRole> role) {
  public Operation {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(localName, "localName == null");
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    parameters = List.copyOf(parameters);
    responses = List.copyOf(responses);
    servers = List.copyOf(servers);
    security = List.copyOf(security);
    extensions = Extensions.sorted(extensions);
    Objects.requireNonNull(role, "role == null");
  }

  public Operation withLocalName(Name local) {
    return new Operation(id, name, local, method, path, docs, parameters, body, responses, servers, security,
        pagination, idempotencyHeader, extensions, source, role);
  }

  public Operation withPagination(Optional<Pagination> paging) {
    return new Operation(id, name, localName, method, path, docs, parameters, body, responses, servers, security,
        paging, idempotencyHeader, extensions, source, role);
  }

  /** The first 2XX response (or, failing that, any success), which decides the return type. */
  @JsonIgnore
  public Optional<Response> successResponse() {
    return responses.stream().filter(Response::isSuccess).findFirst();
  }

  @JsonIgnore
  public List<Response> errorResponses() {
    return responses.stream().filter(Response::isError).toList();
  }

  @JsonIgnore
  public List<Parameter> parameters(Parameter.Location location) {
    return parameters.stream().filter(p -> p.location() == location).toList();
  }

  /** True when the operation can be called without credentials. */
  @JsonIgnore
  public boolean isAnonymous() {
    return security.isEmpty() || security.stream().anyMatch(r -> r.schemes().isEmpty());
  }

  /** All of {@code schemes} must be applied together; an empty list means no authentication. */
  public record SecurityRequirement(List<String> schemes) {
    public SecurityRequirement {
      schemes = List.copyOf(schemes);
    }
  }
}
