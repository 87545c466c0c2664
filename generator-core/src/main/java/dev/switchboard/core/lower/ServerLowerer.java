package dev.switchboard.core.lower;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class ServerLowerer {
  private ServerLowerer() {}

  static List<Server> lower(List<io.swagger.v3.oas.models.servers.Server> servers) {
    List<Server> result = new ArrayList<>();
    if (servers != null) {
      servers.stream().filter(s -> s.getUrl() != null).forEach(s -> result.add(server(s)));
    }
    return result;
  }

  private static Server server(io.swagger.v3.oas.models.servers.Server server) {
    List<Server.Variable> variables = new ArrayList<>();
    Map<String, ServerVariable> declared = server.getVariables();
    if (declared != null) {
      declared.forEach((name, variable) -> variables.add(new Server.Variable(
          Name.of(name),
          variable.getDefault() == null ? "" : variable.getDefault(),
          variable.getEnum() == null ? List.of() : variable.getEnum(),
          Optional.ofNullable(variable.getDescription()))));
    }
    return new Server(stripTrailingSlash(server.getUrl()), Optional.ofNullable(server.getDescription()), variables);
  }

  private static String stripTrailingSlash(String url) {
    return url.length() > 1 && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
