package dev.switchboard.generated.tree.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.generated.tree.core.WireValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Values of {@code UpdateCall}.
 *
 * <p>Values this SDK does not know are kept and readable with {@link #value()}.
 */
@WireValue
public final class UpdateCallRequestStatus {
  /** {@code canceled} */
  public static final UpdateCallRequestStatus CANCELED =
      new UpdateCallRequestStatus("canceled", Known.CANCELED);

  /** {@code completed} */
  public static final UpdateCallRequestStatus COMPLETED =
      new UpdateCallRequestStatus("completed", Known.COMPLETED);

  private static final List<UpdateCallRequestStatus> VALUES = List.of(CANCELED, COMPLETED);

  private final String value;

  private final Known known;

  private UpdateCallRequestStatus(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /** The constant for a known value, or a new instance holding an unknown one. */
  @JsonCreator
  public static UpdateCallRequestStatus of(String value) {
    for (UpdateCallRequestStatus candidate : VALUES) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    return new UpdateCallRequestStatus(Objects.requireNonNull(value, "value"), null);
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
    return other instanceof UpdateCallRequestStatus
        && ((UpdateCallRequestStatus) other).value.equals(value);
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
    CANCELED,

    COMPLETED
  }
}
