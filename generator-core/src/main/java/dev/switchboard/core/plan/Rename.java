package dev.switchboard.core.plan;

import java.util.Objects;

/**
 * A name the planner could not give as wanted: in {@code scope} (a path such as
 * {@code resource messages/operation CreateMessage/inputs}), {@code wanted} became {@code given}
 * because of {@code reason}. Warnings about renames are printed from these records.
 */
public record Rename(String scope, String wanted, String given, String reason) {
  public Rename {
    Objects.requireNonNull(scope, "scope == null");
    Objects.requireNonNull(wanted, "wanted == null");
    Objects.requireNonNull(given, "given == null");
    Objects.requireNonNull(reason, "reason == null");
  }
}
