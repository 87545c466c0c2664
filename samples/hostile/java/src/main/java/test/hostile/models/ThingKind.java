package test.hostile.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import test.hostile.core.WireValue;

/**
 * Tab here and CR then """""" six quotes
 *
 * <p>Values this SDK does not know are kept and readable with {@link #value()}.
 */
@WireValue
public final class ThingKind {
  /** {@code a"b} */
  public static final ThingKind A_B = new ThingKind("a\"b", Known.A_B);

  /** {@code c'd} */
  public static final ThingKind C_D = new ThingKind("c'd", Known.C_D);

  /** {@code e&#92;f} */
  public static final ThingKind E_F = new ThingKind("e\\f", Known.E_F);

  /** {@code """} */
  public static final ThingKind EMPTY = new ThingKind("\"\"\"", Known.EMPTY);

  /** {@code g h} */
  public static final ThingKind G_H = new ThingKind("g h", Known.G_H);

  private static final List<ThingKind> VALUES = List.of(A_B, C_D, E_F, EMPTY, G_H);

  private final String value;

  private final Known known;

  private ThingKind(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /** The constant for a known value, or a new instance holding an unknown one. */
  @JsonCreator
  public static ThingKind of(String value) {
    for (ThingKind candidate : VALUES) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    return new ThingKind(Objects.requireNonNull(value, "value"), null);
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
    return other instanceof ThingKind && ((ThingKind) other).value.equals(value);
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
    A_B,

    C_D,

    E_F,

    EMPTY,

    G_H
  }
}
