package dev.switchboard.core.lower;

import dev.switchboard.core.config.AuthConfig;
import dev.switchboard.core.config.NamingConfig;
import dev.switchboard.core.config.PaginationConfig;
import dev.switchboard.core.config.SwitchboardConfig;
import java.util.Objects;
import java.util.Optional;

/**
 * What switchboard.yaml tells the {@link Lowerer}: the client's name when the config gives one,
 * how operations are named and paged, the security schemes it adds or replaces, and the config
 * file that problems with those are reported against.
 */
public record LoweringOptions(Optional<String> clientName, NamingConfig naming, PaginationConfig pagination,
    AuthConfig auth, String configFile) {
  /** No config: names and pages from the spec alone. */
  public static final LoweringOptions DEFAULT =
      new LoweringOptions(Optional.empty(), NamingConfig.DEFAULT, PaginationConfig.NONE, AuthConfig.NONE, "config");

  public LoweringOptions {
    Objects.requireNonNull(clientName, "clientName == null");
    Objects.requireNonNull(naming, "naming == null");
    Objects.requireNonNull(pagination, "pagination == null");
    Objects.requireNonNull(auth, "auth == null");
    Objects.requireNonNull(configFile, "configFile == null");
  }

  /** The lowering settings of a config. */
  public static LoweringOptions of(SwitchboardConfig config) {
    return new LoweringOptions(config.clientName(), config.naming(), config.pagination(), config.auth(),
        config.file().map(java.nio.file.Path::toString).orElse("config"));
  }

  public LoweringOptions withNaming(NamingConfig naming) {
    return new LoweringOptions(clientName, naming, pagination, auth, configFile);
  }

  public LoweringOptions withPagination(PaginationConfig pagination) {
    return new LoweringOptions(clientName, naming, pagination, auth, configFile);
  }
}
