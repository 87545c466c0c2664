package dev.switchboard.generated.tree.core;

import java.util.List;
import java.util.Objects;

/** A way the API accepts credentials, with the environment variables each credential comes from. */
public final class AuthScheme {
  /** What the scheme sends. */
  public enum Kind {
    BASIC,
    BEARER,
    API_KEY,
    OAUTH2_CLIENT_CREDENTIALS
  }

  private final String name;
  private final Kind kind;
  private final List<String> variables;
  private final String location;
  private final String parameter;

  private AuthScheme(
      String name, Kind kind, List<String> variables, String location, String parameter) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = kind;
    this.variables = List.copyOf(variables);
    this.location = location;
    this.parameter = parameter;
  }

  public static AuthScheme basic(String name, String usernameVariable, String passwordVariable) {
    return new AuthScheme(
        name, Kind.BASIC, List.of(usernameVariable, passwordVariable), "header", "Authorization");
  }

  public static AuthScheme bearer(String name, String tokenVariable) {
    return new AuthScheme(name, Kind.BEARER, List.of(tokenVariable), "header", "Authorization");
  }

  /** An API key sent in a header, query parameter or cookie ({@code location}). */
  public static AuthScheme apiKey(
      String name, String location, String parameter, String keyVariable) {
    return new AuthScheme(name, Kind.API_KEY, List.of(keyVariable), location, parameter);
  }

  /** OAuth 2 client credentials; the token is fetched from {@code tokenUrl}. */
  public static AuthScheme oauth2(
      String name, String tokenUrl, String idVariable, String secretVariable) {
    return new AuthScheme(
        name,
        Kind.OAUTH2_CLIENT_CREDENTIALS,
        List.of(idVariable, secretVariable),
        "header",
        tokenUrl);
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  /** The environment variables, one per credential, in the order the credentials are given. */
  public List<String> variables() {
    return variables;
  }

  /** {@code header}, {@code query} or {@code cookie}. */
  public String location() {
    return location;
  }

  /** The header, query parameter or cookie name; the token URL for OAuth 2. */
  public String parameter() {
    return parameter;
  }

  /** Names the variables, such as {@code A_USERNAME and A_PASSWORD}. */
  String describe() {
    return String.join(" and ", variables);
  }
}
