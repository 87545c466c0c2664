package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.SecurityScheme;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A security scheme as every SDK offers it: its name (the wire name is the scheme's key, which
 * operations' {@code security} refer to), its {@link Type}, the spec's description, and the
 * credentials a client takes, each with the environment variable it is read from, in the
 * scheme's order. An {@code api-key} scheme says where the key goes ({@code apiKey}); an OAuth 2
 * scheme where tokens come from ({@code clientCredentials}).
 */
@JsonPropertyOrder({"name", "type", "description", "credentials", "apiKey", "clientCredentials"})
public record PlanAuth(Name name, Type type, Optional<String> description, List<Credential> credentials,
    Optional<ApiKey> apiKey, Optional<ClientCredentials> clientCredentials) {
  public PlanAuth {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(apiKey, "apiKey == null");
    Objects.requireNonNull(clientCredentials, "clientCredentials == null");
    credentials = List.copyOf(credentials);
    if (apiKey.isPresent() != (type == Type.API_KEY)) {
      throw new IllegalArgumentException("apiKey is given exactly for api-key schemes: " + name.wire());
    }
    if (clientCredentials.isPresent() != (type == Type.OAUTH2_CLIENT_CREDENTIALS)) {
      throw new IllegalArgumentException("clientCredentials is given exactly for OAuth 2 schemes: " + name.wire());
    }
  }

  /** The kinds of scheme, by the names the plan JSON and the IR use. */
  public enum Type {
    BASIC("basic"), BEARER("bearer"), API_KEY("api-key"), OAUTH2_CLIENT_CREDENTIALS("oauth2-client-credentials");

    private final String wire;

    Type(String wire) {
      this.wire = wire;
    }

    @JsonValue
    public String wire() {
      return wire;
    }
  }

  /** A value the user supplies (a user name, a token) and the variable it is read from when not given. */
  @JsonPropertyOrder({"name", "environment"})
  public record Credential(Name name, String environment) {
    public Credential {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(environment, "environment == null");
    }
  }

  /** Where an API key is sent: {@code in} is {@code header}, {@code query} or {@code cookie}. */
  @JsonPropertyOrder({"in", "name"})
  public record ApiKey(String in, String name) {
    public ApiKey {
      Objects.requireNonNull(in, "in == null");
      Objects.requireNonNull(name, "name == null");
    }
  }

  /** Where an OAuth 2 client-credentials scheme gets its tokens, and the scopes it asks for. */
  @JsonPropertyOrder({"tokenUrl", "scopes"})
  public record ClientCredentials(String tokenUrl, List<String> scopes) {
    public ClientCredentials {
      Objects.requireNonNull(tokenUrl, "tokenUrl == null");
      scopes = List.copyOf(scopes);
    }
  }

  /** The environment variables of the credentials, in order. */
  @JsonIgnore
  public List<String> environment() {
    return credentials.stream().map(Credential::environment).toList();
  }

  static PlanAuth of(SecurityScheme scheme) {
    List<Credential> credentials = scheme.credentials().stream()
        .map(c -> new Credential(c.name(), c.environmentVariable())).toList();
    Optional<ApiKey> apiKey = scheme instanceof SecurityScheme.ApiKey key
        ? Optional.of(new ApiKey(key.location().name().toLowerCase(Locale.ROOT), key.parameterName())) : Optional.empty();
    Optional<ClientCredentials> oauth = scheme instanceof SecurityScheme.OAuth2ClientCredentials o
        ? Optional.of(new ClientCredentials(o.tokenUrl(), o.scopes())) : Optional.empty();
    return new PlanAuth(scheme.name(), type(scheme), scheme.description(), credentials, apiKey, oauth);
  }

  private static Type type(SecurityScheme scheme) {
    return scheme.accept(new SecurityScheme.Visitor<Type>() {
      @Override
      public Type basic(SecurityScheme.Basic s) {
        return Type.BASIC;
      }

      @Override
      public Type bearer(SecurityScheme.Bearer s) {
        return Type.BEARER;
      }

      @Override
      public Type apiKey(SecurityScheme.ApiKey s) {
        return Type.API_KEY;
      }

      @Override
      public Type oauth2(SecurityScheme.OAuth2ClientCredentials s) {
        return Type.OAUTH2_CLIENT_CREDENTIALS;
      }
    });
  }
}
