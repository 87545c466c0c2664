package dev.switchboard.generated.example.messaging.v2.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.generated.example.core.WireValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the message is on its way.
 *
 * <p>Values this SDK does not know are kept and readable with {@link #value()}.
 */
@WireValue
public final class Status {
  /** {@code queued} */
  public static final Status QUEUED = new Status("queued", Known.QUEUED);

  /** {@code sent} */
  public static final Status SENT = new Status("sent", Known.SENT);

  /** {@code delivered} */
  public static final Status DELIVERED = new Status("delivered", Known.DELIVERED);

  private static final List<Status> VALUES = List.of(QUEUED, SENT, DELIVERED);

  private final String value;

  private final Known known;

  private Status(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /** The constant for a known value, or a new instance holding an unknown one. */
  @JsonCreator
  public static Status of(String value) {
    for (Status candidate : VALUES) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    return new Status(Objects.requireNonNull(value, "value"), null);
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
    return other instanceof Status && ((Status) other).value.equals(value);
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
    QUEUED,

    SENT,

    DELIVERED
  }
}
