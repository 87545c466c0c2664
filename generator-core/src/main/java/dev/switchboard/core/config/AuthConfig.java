package dev.switchboard.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.plugin.OptionSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code auth:} section of switchboard.yaml: security schemes that the spec lacks or that
 * replace the spec's scheme of the same name, with the environment variables SDKs read them from.
 *
 * <pre>
 * auth:
 *   token:                    # the scheme's name
 *     type: bearer            # bearer, basic or apiKey; default: the spec's scheme of that name
 *     env: GITHUB_TOKEN       # basic: [USER_VARIABLE, PASSWORD_VARIABLE]
 *     operations: [repos/get] # operation ids; default: every operation (a new scheme only)
 *     ifDeclared: true        # only for a spec that declares this scheme (a config shared by specs)
 * </pre>
 */
public record AuthConfig(List<Scheme> schemes) {
  public static final AuthConfig NONE = new AuthConfig(List.of());

  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> KEYS = Set.of("type", "env", "in", "name", "operations", "ifDeclared");

  public AuthConfig {
    schemes = List.copyOf(schemes);
  }

  /** How credentials are sent. */
  public enum Type {
    BEARER, BASIC, API_KEY;

    /** How many environment variables the type reads. */
    public int variables() {
      return this == BASIC ? 2 : 1;
    }
  }

  /**
   * One configured scheme. Empty values fall back to the spec's scheme of the same name;
   * {@code operations} empty means every operation for a new scheme, and the spec's own
   * requirements for a replaced one. {@code ifDeclared} leaves a spec that does not declare a scheme
   * of this name as it is, so one config serves a folder of specs.
   */
  public record Scheme(String name, Optional<Type> type, List<String> environment, Optional<String> in,
      Optional<String> parameterName, List<String> operations, boolean ifDeclared) {
    public Scheme {
      Objects.requireNonNull(name, "name == null");
      environment = List.copyOf(environment);
      operations = List.copyOf(operations);
    }
  }

  static AuthConfig read(String where, JsonNode node) {
    ConfigNodes nodes = new ConfigNodes(where);
    Optional<JsonNode> section = nodes.mapping(node, "auth", Set.of(), "{token: {type: bearer, env: ACME_TOKEN}}");
    if (section.isEmpty()) {
      return NONE;
    }
    List<Scheme> schemes = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = section.get().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      schemes.add(scheme(nodes, entry.getKey(), entry.getValue()));
    }
    return new AuthConfig(schemes);
  }

  private static Scheme scheme(ConfigNodes nodes, String name, JsonNode node) {
    String path = "auth." + name;
    JsonNode body = nodes.mapping(node, path, KEYS, "{type: bearer, env: ACME_TOKEN}")
        .orElseThrow(() -> nodes.error(path, "expected a mapping such as {type: bearer, env: ACME_TOKEN}, got nothing"));
    Optional<Type> type = nodes.text(body, "type", path, "bearer").map(t -> type(nodes, path, t));
    List<String> environment = nodes.texts(body, "env", path, "ACME_TOKEN");
    for (String variable : environment) {
      if (!VARIABLE.matcher(variable).matches()) {
        throw nodes.error(path + ".env", "'" + variable + "' is not an environment variable name (letters, digits and '_',"
            + " not starting with a digit, such as ACME_TOKEN)");
      }
    }
    type.filter(t -> !environment.isEmpty() && environment.size() != t.variables()).ifPresent(t -> {
      throw nodes.error(path + ".env", "a " + name(t) + " scheme reads " + t.variables() + " variable"
          + (t.variables() == 1 ? " such as ACME_TOKEN" : "s, the user name's and the password's, such as [ACME_USER, ACME_PASSWORD]")
          + ", got " + environment.size());
    });
    Optional<String> in = nodes.text(body, "in", path, "header");
    in.filter(i -> !i.equals("header") && !i.equals("query")).ifPresent(i -> {
      throw nodes.error(path + ".in", "expected header or query, got '" + i + "'");
    });
    Optional<String> parameterName = nodes.text(body, "name", path, "X-Api-Key");
    if (type.isPresent() && type.get() != Type.API_KEY && (in.isPresent() || parameterName.isPresent())) {
      throw nodes.error(path, "'in' and 'name' apply only to an apiKey scheme");
    }
    if (type.orElse(null) == Type.API_KEY && (in.isEmpty() || parameterName.isEmpty())) {
      throw nodes.error(path, "an apiKey scheme needs 'in' (header or query) and 'name' (the header or query parameter)");
    }
    JsonNode ifDeclared = body.get("ifDeclared");
    if (ifDeclared != null && !ifDeclared.isBoolean()) {
      throw nodes.error(path + ".ifDeclared", "expected true or false, got " + OptionSet.kind(ifDeclared));
    }
    return new Scheme(name, type, environment, in, parameterName, nodes.texts(body, "operations", path, "[repos/get]"),
        ifDeclared != null && ifDeclared.booleanValue());
  }

  private static Type type(ConfigNodes nodes, String path, String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "bearer" -> Type.BEARER;
      case "basic" -> Type.BASIC;
      case "apikey" -> Type.API_KEY;
      default -> throw nodes.error(path + ".type", "expected bearer, basic or apiKey, got '" + text + "'");
    };
  }

  private static String name(Type type) {
    return switch (type) {
      case BEARER -> "bearer";
      case BASIC -> "basic";
      case API_KEY -> "apiKey";
    };
  }
}
