package dev.switchboard.core.ir;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The root of the intermediate model: language-neutral, immutable, and sorted (types by id,
 * resources by name, security schemes by name; operations keep the spec's order).
 */
public record Api(
    ApiInfo info,
    List<Server> servers,
    List<SecurityScheme> securitySchemes,
    List<Resource> resources,
    List<TypeDecl> types,
    List<Operation> webhooks,
    Map<String, JsonNode> extensions) {
  public Api {
    Objects.requireNonNull(info, "info == null");
    servers = List.copyOf(servers);
    securitySchemes = List.copyOf(securitySchemes);
    resources = List.copyOf(resources);
    types = List.copyOf(types);
    webhooks = List.copyOf(webhooks);
    extensions = Extensions.sorted(extensions);
  }

  @JsonIgnore
  public Map<String, TypeDecl> typesById() {
    Map<String, TypeDecl> byId = new LinkedHashMap<>();
    types.forEach(type -> byId.put(type.id(), type));
    return byId;
  }

  public Optional<TypeDecl> type(String id) {
    return types.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  @JsonIgnore
  public Stream<Operation> operations() {
    return resources.stream().flatMap(resource -> resource.operations().stream());
  }

  public Optional<SecurityScheme> securityScheme(String wireName) {
    return securitySchemes.stream().filter(s -> s.name().wire().equals(wireName)).findFirst();
  }
}
