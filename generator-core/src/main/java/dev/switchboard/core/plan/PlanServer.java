package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Server;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A server of the API: its URL template ({@code https://{region}.example.com}), its variables,
 * each a client setting with a default, and {@code defaultUrl}, the URL with every variable at
 * its default.
 */
@JsonPropertyOrder({"url", "defaultUrl", "variables"})
public record PlanServer(String url, List<Variable> variables) {
  public PlanServer {
    Objects.requireNonNull(url, "url == null");
    variables = List.copyOf(variables);
  }

  /** A variable of the URL template: its name, default, the values it may take (any when empty) and docs. */
  @JsonPropertyOrder({"name", "defaultValue", "allowedValues", "description"})
  public record Variable(Name name, String defaultValue, List<String> allowedValues, Optional<String> description) {
    public Variable {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(defaultValue, "defaultValue == null");
      Objects.requireNonNull(description, "description == null");
      allowedValues = List.copyOf(allowedValues);
    }
  }

  @JsonProperty
  public String defaultUrl() {
    String resolved = url;
    for (Variable variable : variables) {
      resolved = resolved.replace("{" + variable.name().wire() + "}", variable.defaultValue());
    }
    return resolved;
  }

  static PlanServer of(Server server) {
    return new PlanServer(server.url(), server.variables().stream()
        .map(v -> new Variable(v.name(), v.defaultValue(), v.allowedValues(), v.description())).toList());
  }
}
