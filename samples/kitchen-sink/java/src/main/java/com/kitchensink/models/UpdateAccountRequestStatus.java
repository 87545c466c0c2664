package com.kitchensink.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.kitchensink.core.WireValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Values of {@code UpdateAccountRequest}.
 *
 * <p>Values this SDK does not know are kept and readable with {@link #value()}.
 */
@WireValue
public final class UpdateAccountRequestStatus {
  /** {@code active} */
  public static final UpdateAccountRequestStatus ACTIVE =
      new UpdateAccountRequestStatus("active", Known.ACTIVE);

  /** {@code suspended} */
  public static final UpdateAccountRequestStatus SUSPENDED =
      new UpdateAccountRequestStatus("suspended", Known.SUSPENDED);

  /** {@code closed} */
  public static final UpdateAccountRequestStatus CLOSED =
      new UpdateAccountRequestStatus("closed", Known.CLOSED);

  private static final List<UpdateAccountRequestStatus> VALUES = List.of(ACTIVE, SUSPENDED, CLOSED);

  private final String value;

  private final Known known;

  private UpdateAccountRequestStatus(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /** The constant for a known value, or a new instance holding an unknown one. */
  @JsonCreator
  public static UpdateAccountRequestStatus of(String value) {
    for (UpdateAccountRequestStatus candidate : VALUES) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    return new UpdateAccountRequestStatus(Objects.requireNonNull(value, "value"), null);
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
    return other instanceof UpdateAccountRequestStatus
        && ((UpdateAccountRequestStatus) other).value.equals(value);
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
    ACTIVE,

    SUSPENDED,

    CLOSED
  }
}
