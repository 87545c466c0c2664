package dev.switchboard.core.plan;

import dev.switchboard.core.config.DefaultsConfig;
import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Operation;
import dev.switchboard.core.ir.Parameter;
import dev.switchboard.core.ir.SecurityScheme;
import dev.switchboard.core.naming.Words;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies {@code defaults:} to path parameters: a configured parameter of an operation that can
 * use a basic scheme takes the configured client option's value, or that scheme's user name, when a
 * call leaves it out. An operation without one keeps the parameter required.
 */
final class PathDefaults {
  private final DefaultsConfig config;
  private final Map<String, SecurityScheme> schemes;

  PathDefaults(DefaultsConfig config, List<SecurityScheme> schemes) {
    this.config = config;
    this.schemes = schemes.stream().collect(Collectors.toMap(s -> s.name().wire(), Function.identity(), (a, b) -> a));
  }

  Optional<CredentialDefault> of(Operation operation, Parameter parameter) {
    return config.of(parameter.name().wire()).flatMap(source -> basic(operation, source));
  }

  /** The first basic scheme among the operation's alternatives: its user name. */
  private Optional<CredentialDefault> basic(Operation operation, DefaultsConfig.Source source) {
    return operation.security().stream().flatMap(r -> r.schemes().stream()).map(schemes::get)
        .filter(SecurityScheme.Basic.class::isInstance).findFirst()
        .map(s -> new CredentialDefault(s.name().wire(), "username", 0, s.credentials().get(0).environmentVariable(),
            source.option().map(PathDefaults::name)));
  }

  private static Name name(String option) {
    return new Name(Words.split(option), option);
  }
}
