package dev.switchboard.core.ir;

import java.math.BigDecimal;
import java.util.Optional;

/** Validation keywords, kept for documentation and client-side checks. */
public record Constraints(
    Optional<BigDecimal> minimum,
    Optional<BigDecimal> maximum,
    Optional<Integer> minLength,
    Optional<Integer> maxLength,
    Optional<String> pattern,
    Optional<Integer> minItems,
    Optional<Integer> maxItems) {

  public static final Constraints NONE =
      new Constraints(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty());

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return equals(NONE);
  }
}
