package com.kitchensink.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.kitchensink.core.WireValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Values of {@code Message}.
 *
 * <p>Values this SDK does not know are kept and readable with {@link #value()}.
 */
@WireValue
public final class MessageDirection {
  /** {@code inbound} */
  public static final MessageDirection INBOUND = new MessageDirection("inbound", Known.INBOUND);

  /** {@code outbound-api} */
  public static final MessageDirection OUTBOUND_API =
      new MessageDirection("outbound-api", Known.OUTBOUND_API);

  /** {@code outbound-call} */
  public static final MessageDirection OUTBOUND_CALL =
      new MessageDirection("outbound-call", Known.OUTBOUND_CALL);

  /** {@code outbound-reply} */
  public static final MessageDirection OUTBOUND_REPLY =
      new MessageDirection("outbound-reply", Known.OUTBOUND_REPLY);

  private static final List<MessageDirection> VALUES =
      List.of(INBOUND, OUTBOUND_API, OUTBOUND_CALL, OUTBOUND_REPLY);

  private final String value;

  private final Known known;

  private MessageDirection(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /** The constant for a known value, or a new instance holding an unknown one. */
  @JsonCreator
  public static MessageDirection of(String value) {
    for (MessageDirection candidate : VALUES) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    return new MessageDirection(Objects.requireNonNull(value, "value"), null);
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
    return other instanceof MessageDirection && ((MessageDirection) other).value.equals(value);
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
    INBOUND,

    OUTBOUND_API,

    OUTBOUND_CALL,

    OUTBOUND_REPLY
  }
}
