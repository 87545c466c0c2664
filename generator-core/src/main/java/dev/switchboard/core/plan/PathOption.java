package dev.switchboard.core.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.switchboard.core.ir.Name;
import java.util.Objects;

/**
 * A client option that gives a path parameter's value to every call that leaves it out
 * ({@code defaults:} with an {@code option}): {@code option} is its name, spelled by each language
 * (Python {@code account_sid}, TypeScript {@code accountSid}, a Java builder setter), and {@code
 * parameter} the path parameter's wire name.
 */
@JsonPropertyOrder({"option", "parameter"})
public record PathOption(Name option, String parameter) {
  public PathOption {
    Objects.requireNonNull(option, "option == null");
    Objects.requireNonNull(parameter, "parameter == null");
  }
}
