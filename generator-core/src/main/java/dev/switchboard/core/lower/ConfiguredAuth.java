package dev.switchboard.core.lower;

import dev.switchboard.core.config.AuthConfig;
import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation.SecurityRequirement;
import dev.switchboard.core.ir.Parameter.Location;
import dev.switchboard.core.ir.SecurityScheme;
import dev.switchboard.core.ir.SecurityScheme.Credential;
import dev.switchboard.core.naming.Case;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The spec's security schemes with switchboard.yaml's {@code auth:} applied: a configured scheme
 * replaces the spec's scheme of the same name or is added, reads the environment variables the
 * config names, and is required by the operations it lists (every operation, for a new scheme
 * that lists none).
 */
final class ConfiguredAuth {
  private final List<SecurityScheme> schemes;
  private final Map<String, SecurityRequirement> byOperation = new LinkedHashMap<>();
  private final Optional<SecurityRequirement> everywhere;
  private final Set<String> seen = new TreeSet<>();
  private final String where;

  ConfiguredAuth(List<SecurityScheme> fromSpec, AuthConfig config, Name clientName, String where) {
    this.where = where;
    Map<String, SecurityScheme> merged = new LinkedHashMap<>();
    fromSpec.forEach(s -> merged.put(s.name().wire(), s));
    SecurityRequirement added = null;
    for (AuthConfig.Scheme configured : config.schemes()) {
      SecurityScheme original = merged.get(configured.name());
      if (original == null && configured.ifDeclared()) {
        continue;
      }
      merged.put(configured.name(), scheme(configured, Optional.ofNullable(original), clientName));
      SecurityRequirement requirement = new SecurityRequirement(List.of(configured.name()));
      configured.operations().forEach(id -> byOperation.put(id, requirement));
      if (original == null && configured.operations().isEmpty()) {
        added = requirement;
      }
    }
    this.schemes = List.copyOf(merged.values());
    this.everywhere = Optional.ofNullable(added);
  }

  List<SecurityScheme> schemes() {
    return schemes;
  }

  /** What an operation requires: the config's scheme where it names one, else the spec's. */
  List<SecurityRequirement> requirements(String operationId, List<SecurityRequirement> fromSpec) {
    seen.add(operationId);
    SecurityRequirement configured = byOperation.get(operationId);
    if (configured != null) {
      return List.of(configured);
    }
    return everywhere.map(List::of).orElse(fromSpec);
  }

  /** Refuses an operation id in the config that the spec does not have. */
  void requireKnownOperations() {
    for (String id : byOperation.keySet()) {
      if (!seen.contains(id)) {
        throw new ConfigException(where + ": auth: no operation '" + id + "' in the spec; list operation ids (operationId) such as "
            + seen.stream().findFirst().orElse("repos/get"));
      }
    }
  }

  private SecurityScheme scheme(AuthConfig.Scheme configured, Optional<SecurityScheme> original, Name clientName) {
    Name name = original.map(SecurityScheme::name).orElseGet(() -> Name.of(configured.name()));
    AuthConfig.Type type = configured.type().or(() -> original.flatMap(ConfiguredAuth::type)).orElseThrow(() ->
        new ConfigException(where + ": auth." + configured.name() + ": give the scheme's type (bearer, basic or apiKey); the"
            + " spec has no bearer, basic or apiKey scheme named '" + configured.name() + "' to take it from"));
    Optional<String> description = original.flatMap(SecurityScheme::description);
    List<String> variables = variables(configured, original.filter(o -> type(o).equals(Optional.of(type))), clientName, type, where);
    return switch (type) {
      case BEARER -> new SecurityScheme.Bearer(name, description,
          original.flatMap(o -> o instanceof SecurityScheme.Bearer b ? b.format() : Optional.empty()),
          new Credential(Name.of("token"), variables.get(0)));
      case BASIC -> new SecurityScheme.Basic(name, description, new Credential(Name.of("username"), variables.get(0)),
          new Credential(Name.of("password"), variables.get(1)));
      case API_KEY -> apiKey(configured, original, name, description, variables.get(0));
    };
  }

  private static SecurityScheme apiKey(AuthConfig.Scheme configured, Optional<SecurityScheme> original, Name name,
      Optional<String> description, String variable) {
    Optional<SecurityScheme.ApiKey> key = original.filter(SecurityScheme.ApiKey.class::isInstance).map(SecurityScheme.ApiKey.class::cast);
    Location location = configured.in().map(in -> in.equals("query") ? Location.QUERY : Location.HEADER)
        .orElseGet(() -> key.orElseThrow().location());
    String parameter = configured.parameterName().orElseGet(() -> key.orElseThrow().parameterName());
    return new SecurityScheme.ApiKey(name, description, location, parameter, new Credential(Name.of("api key"), variable));
  }

  /** The config's variables, else the replaced scheme's, else {@code <CLIENT>_<FIELD>}. */
  private static List<String> variables(AuthConfig.Scheme configured, Optional<SecurityScheme> original, Name clientName,
      AuthConfig.Type type, String where) {
    if (!configured.environment().isEmpty()) {
      if (configured.environment().size() != type.variables()) {
        throw new ConfigException(where + ": auth." + configured.name() + ".env: the scheme reads " + type.variables() + " variable(s), got "
            + configured.environment().size());
      }
      return configured.environment();
    }
    if (original.isPresent()) {
      return original.get().credentials().stream().map(Credential::environmentVariable).toList();
    }
    List<String> fields = switch (type) {
      case BEARER -> List.of("token");
      case BASIC -> List.of("username", "password");
      case API_KEY -> List.of("api key");
    };
    List<String> result = new ArrayList<>();
    for (String field : fields) {
      List<String> words = new ArrayList<>(clientName.words());
      words.addAll(Name.of(field).words());
      result.add(Case.screamingSnake(words));
    }
    return result;
  }

  private static Optional<AuthConfig.Type> type(SecurityScheme scheme) {
    return scheme.accept(new SecurityScheme.Visitor<Optional<AuthConfig.Type>>() {
      @Override
      public Optional<AuthConfig.Type> basic(SecurityScheme.Basic s) {
        return Optional.of(AuthConfig.Type.BASIC);
      }

      @Override
      public Optional<AuthConfig.Type> bearer(SecurityScheme.Bearer s) {
        return Optional.of(AuthConfig.Type.BEARER);
      }

      @Override
      public Optional<AuthConfig.Type> apiKey(SecurityScheme.ApiKey s) {
        return Optional.of(AuthConfig.Type.API_KEY);
      }

      @Override
      public Optional<AuthConfig.Type> oauth2(SecurityScheme.OAuth2ClientCredentials s) {
        return Optional.empty();
      }
    });
  }
}
