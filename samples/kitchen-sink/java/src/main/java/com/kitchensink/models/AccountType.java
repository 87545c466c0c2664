package com.kitchensink.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.kitchensink.core.WireValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Values of {@code Account}.
 *
 * <p>Values this SDK does not know are kept and readable with {@link #value()}.
 */
@WireValue
public final class AccountType {
  /** {@code Trial} */
  public static final AccountType TRIAL = new AccountType("Trial", Known.TRIAL);

  /** {@code Full} */
  public static final AccountType FULL = new AccountType("Full", Known.FULL);

  private static final List<AccountType> VALUES = List.of(TRIAL, FULL);

  private final String value;

  private final Known known;

  private AccountType(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /** The constant for a known value, or a new instance holding an unknown one. */
  @JsonCreator
  public static AccountType of(String value) {
    for (AccountType candidate : VALUES) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    return new AccountType(Objects.requireNonNull(value, "value"), null);
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
    return other instanceof AccountType && ((AccountType) other).value.equals(value);
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
    TRIAL,

    FULL
  }
}
