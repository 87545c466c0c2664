package dev.switchboard.core.pipeline;

import dev.switchboard.core.plugin.LanguagePlugin;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One generation asked for by a front end (the CLI, the Maven plugin, a test): the spec, the
 * config file if one is named (otherwise {@code switchboard.yaml} next to the spec is used when
 * present), the plugins to run, in order, and a folder of template overrides.
 */
public record Job(Path spec, Optional<Path> config, List<LanguagePlugin> plugins, Optional<Path> templates) {
  public Job {
    Objects.requireNonNull(spec, "spec == null");
    Objects.requireNonNull(config, "config == null");
    plugins = List.copyOf(plugins);
    Objects.requireNonNull(templates, "templates == null");
  }

  /** A job with the config found next to the spec and the built-in templates. */
  public static Job of(Path spec, List<LanguagePlugin> plugins) {
    return new Job(spec, Optional.empty(), plugins, Optional.empty());
  }
}
