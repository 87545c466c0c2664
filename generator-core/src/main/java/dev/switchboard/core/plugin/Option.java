package dev.switchboard.core.plugin;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One setting a plugin accepts under {@code languages.<id>} in switchboard.yaml: a string, with a
 * rule it must follow and, for the error message, what a valid value looks like.
 * {@code namesPackage} marks an option that names a published package: left out, the language
 * spells it from the plan's package name, and a made-up package name is warned about.
 */
public record Option(String key, String description, Predicate<String> rule, String expected, boolean namesPackage) {
  public Option(String key, String description, Predicate<String> rule, String expected) {
    this(key, description, rule, expected, false);
  }

  public Option {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(rule, "rule == null");
    Objects.requireNonNull(expected, "expected == null");
  }

  /** Any text. */
  public static Option text(String key, String description) {
    return new Option(key, description, value -> true, "any text");
  }

  /** Text that matches {@code pattern} in full. */
  public static Option matching(String key, String description, Pattern pattern, String expected) {
    return new Option(key, description, value -> pattern.matcher(value).matches(), expected);
  }

  /** The same option, also refusing values {@code refused} accepts. */
  public Option except(Predicate<String> refused) {
    return new Option(key, description, rule.and(refused.negate()), expected, namesPackage);
  }

  /** The same option, naming a published package (see the class comment). */
  public Option namingPackage() {
    return new Option(key, description, rule, expected, true);
  }

  public boolean accepts(String value) {
    return rule.test(value);
  }
}
