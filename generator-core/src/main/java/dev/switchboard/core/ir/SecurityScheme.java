package dev.switchboard.core.ir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;

/**
 * A way to authenticate. Each scheme lists the credentials a client needs, with the environment
 * variable every SDK reads them from.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = SecurityScheme.Basic.class, name = "basic"),
  @JsonSubTypes.Type(value = SecurityScheme.Bearer.class, name = "bearer"),
  @JsonSubTypes.Type(value = SecurityScheme.ApiKey.class, name = "api-key"),
  @JsonSubTypes.Type(value = SecurityScheme.OAuth2ClientCredentials.class, name = "oauth2-client-credentials")
})
public sealed interface SecurityScheme {
  /** The scheme's key in {@code components/securitySchemes}. */
  Name name();

  Optional<String> description();

  List<Credential> credentials();

  <R> R accept(Visitor<R> visitor);

  interface Visitor<R> {
    R basic(Basic scheme);

    R bearer(Bearer scheme);

    R apiKey(ApiKey scheme);

    R oauth2(OAuth2ClientCredentials scheme);
  }

  /** A value the user supplies, such as a user name, and where it can come from. */
  record Credential(Name name, String environmentVariable) {}

  record Basic(Name name, Optional<String> description, Credential username, Credential password)
      implements SecurityScheme {
    @Override
    public List<Credential> credentials() {
      return List.of(username, password);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.basic(this);
    }
  }

  record Bearer(Name name, Optional<String> description, Optional<String> format, Credential token)
      implements SecurityScheme {
    @Override
    public List<Credential> credentials() {
      return List.of(token);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.bearer(this);
    }
  }

  record ApiKey(
      Name name,
      Optional<String> description,
      Parameter.Location location,
      String parameterName,
      Credential key)
      implements SecurityScheme {
    @Override
    public List<Credential> credentials() {
      return List.of(key);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.apiKey(this);
    }
  }

  record OAuth2ClientCredentials(
      Name name,
      Optional<String> description,
      String tokenUrl,
      List<String> scopes,
      Credential clientId,
      Credential clientSecret)
      implements SecurityScheme {
    public OAuth2ClientCredentials {
      scopes = List.copyOf(scopes);
    }

    @Override
    public List<Credential> credentials() {
      return List.of(clientId, clientSecret);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.oauth2(this);
    }
  }
}
