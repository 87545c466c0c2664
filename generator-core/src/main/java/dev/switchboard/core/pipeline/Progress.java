package dev.switchboard.core.pipeline;

import java.time.Duration;

/**
 * Told by the {@link Director} when each step of a generation ends: {@code load} (read, check and
 * lower the spec), {@code plan}, then one step per language id. Front ends decide what to show.
 */
@FunctionalInterface
public interface Progress {
  /** Shows nothing. */
  Progress NONE = (step, took) -> {};

  void done(String step, Duration took);
}
