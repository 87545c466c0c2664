package com.kitchensink.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.kitchensink.core.WireValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Values of {@code CallStatus}.
 *
 * <p>Values this SDK does not know are kept and readable with {@link #value()}.
 */
@WireValue
public final class CallStatus {
  /** {@code queued} */
  public static final CallStatus QUEUED = new CallStatus("queued", Known.QUEUED);

  /** {@code ringing} */
  public static final CallStatus RINGING = new CallStatus("ringing", Known.RINGING);

  /** {@code in-progress} */
  public static final CallStatus IN_PROGRESS = new CallStatus("in-progress", Known.IN_PROGRESS);

  /** {@code completed} */
  public static final CallStatus COMPLETED = new CallStatus("completed", Known.COMPLETED);

  /** {@code busy} */
  public static final CallStatus BUSY = new CallStatus("busy", Known.BUSY);

  /** {@code failed} */
  public static final CallStatus FAILED = new CallStatus("failed", Known.FAILED);

  /** {@code no-answer} */
  public static final CallStatus NO_ANSWER = new CallStatus("no-answer", Known.NO_ANSWER);

  /** {@code canceled} */
  public static final CallStatus CANCELED = new CallStatus("canceled", Known.CANCELED);

  private static final List<CallStatus> VALUES =
      List.of(QUEUED, RINGING, IN_PROGRESS, COMPLETED, BUSY, FAILED, NO_ANSWER, CANCELED);

  private final String value;

  private final Known known;

  private CallStatus(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /** The constant for a known value, or a new instance holding an unknown one. */
  @JsonCreator
  public static CallStatus of(String value) {
    for (CallStatus candidate : VALUES) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    return new CallStatus(Objects.requireNonNull(value, "value"), null);
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
    return other instanceof CallStatus && ((CallStatus) other).value.equals(value);
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

    RINGING,

    IN_PROGRESS,

    COMPLETED,

    BUSY,

    FAILED,

    NO_ANSWER,

    CANCELED
  }
}
