package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.ir.SecurityScheme;
import java.util.List;
import java.util.Objects;

/**
 * A security scheme as every SDK offers it: its wire name, its kind ({@code basic},
 * {@code bearer}, {@code api-key}, {@code oauth2-client-credentials}) and the environment
 * variables its credentials are read from, in the scheme's credential order.
 */
@JsonPropertyOrder({"name", "type", "environment"})
public record PlanAuth(String name, String type, List<String> environment) {
  public PlanAuth {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    environment = List.copyOf(environment);
  }

  static PlanAuth of(SecurityScheme scheme) {
    return new PlanAuth(scheme.name().wire(), type(scheme),
        scheme.credentials().stream().map(SecurityScheme.Credential::environmentVariable).toList());
  }

  /** The IR's type name of the scheme (its JSON discriminator). */
  private static String type(SecurityScheme scheme) {
    if (scheme instanceof SecurityScheme.Basic) {
      return "basic";
    }
    if (scheme instanceof SecurityScheme.Bearer) {
      return "bearer";
    }
    return scheme instanceof SecurityScheme.ApiKey ? "api-key" : "oauth2-client-credentials";
  }
}
