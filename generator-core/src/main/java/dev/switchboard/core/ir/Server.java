package dev.switchboard.core.ir;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A server URL template such as {@code https://{region}.example.com/v1}. */
public record Server(String url, Optional<String> description, List<Variable> variables) {
  public Server {
    Objects.requireNonNull(url, "url == null");
    variables = List.copyOf(variables);
  }

  /** The URL with every variable at its default. */
  public String defaultUrl() {
    String resolved = url;
    for (Variable variable : variables) {
      resolved = resolved.replace("{" + variable.name().wire() + "}", variable.defaultValue());
    }
    return resolved;
  }

  public record Variable(
      Name name, String defaultValue, List<String> allowedValues, Optional<String> description) {
    public Variable {
      allowedValues = List.copyOf(allowedValues);
    }
  }
}
