package dev.switchboard.core.lower;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import java.util.function.Function;

/** Follows {@code $ref}s to parameters, bodies, responses and headers that the resolver left. */
final class Components {
  private final OpenAPI openApi;

  Components(OpenAPI openApi) {
    this.openApi = openApi;
  }

  Parameter parameter(Parameter parameter) {
    return follow(parameter, Parameter::get$ref, c -> c.getParameters());
  }

  RequestBody body(RequestBody body) {
    return follow(body, RequestBody::get$ref, c -> c.getRequestBodies());
  }

  ApiResponse response(ApiResponse response) {
    return follow(response, ApiResponse::get$ref, c -> c.getResponses());
  }

  Header header(Header header) {
    return follow(header, Header::get$ref, c -> c.getHeaders());
  }

  private <T> T follow(T value, Function<T, String> ref, Function<io.swagger.v3.oas.models.Components, Map<String, T>> table) {
    T current = value;
    for (int hops = 0; current != null && ref.apply(current) != null && hops < 32; hops++) {
      String target = ref.apply(current);
      String key = target.substring(target.lastIndexOf('/') + 1);
      Map<String, T> entries = openApi.getComponents() == null ? null : table.apply(openApi.getComponents());
      T next = entries == null ? null : entries.get(key);
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }
}
