package com.kitchensink.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.kitchensink.core.WireValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Values of {@code Lizard}.
 *
 * <p>Values this SDK does not know are kept and readable with {@link #value()}.
 */
@WireValue
public final class LizardScales {
  /** {@code smooth} */
  public static final LizardScales SMOOTH = new LizardScales("smooth", Known.SMOOTH);

  /** {@code rough} */
  public static final LizardScales ROUGH = new LizardScales("rough", Known.ROUGH);

  private static final List<LizardScales> VALUES = List.of(SMOOTH, ROUGH);

  private final String value;

  private final Known known;

  private LizardScales(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /** The constant for a known value, or a new instance holding an unknown one. */
  @JsonCreator
  public static LizardScales of(String value) {
    for (LizardScales candidate : VALUES) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    return new LizardScales(Objects.requireNonNull(value, "value"), null);
  }

  /** The value on the wire, known or not. */
  @JsonValue
  public String value() {
    return value;
  }

  /** The known value, or empty for a value this SDK does not know. */
  public Optional<Known> known() {
    return Optional.ofNullable(known);
  }

  /** True when this SDK knows the value. */
  public boolean isKnown() {
    return known != null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LizardScales && ((LizardScales) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }

  /** The values this version of the SDK knows, for use in {@code switch}. */
  public enum Known {
    SMOOTH,

    ROUGH
  }
}
