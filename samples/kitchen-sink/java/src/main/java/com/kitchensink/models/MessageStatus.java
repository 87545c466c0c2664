package com.kitchensink.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.kitchensink.core.WireValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Servers may add new values at any time; SDKs must not fail on them.
 *
 * <p>Values this SDK does not know are kept and readable with {@link #value()}.
 */
@WireValue
public final class MessageStatus {
  /** {@code queued} */
  public static final MessageStatus QUEUED = new MessageStatus("queued", Known.QUEUED);

  /** {@code sending} */
  public static final MessageStatus SENDING = new MessageStatus("sending", Known.SENDING);

  /** {@code sent} */
  public static final MessageStatus SENT = new MessageStatus("sent", Known.SENT);

  /** {@code failed} */
  public static final MessageStatus FAILED = new MessageStatus("failed", Known.FAILED);

  /** {@code delivered} */
  public static final MessageStatus DELIVERED = new MessageStatus("delivered", Known.DELIVERED);

  /** {@code undelivered} */
  public static final MessageStatus UNDELIVERED =
      new MessageStatus("undelivered", Known.UNDELIVERED);

  /** {@code receiving} */
  public static final MessageStatus RECEIVING = new MessageStatus("receiving", Known.RECEIVING);

  /** {@code received} */
  public static final MessageStatus RECEIVED = new MessageStatus("received", Known.RECEIVED);

  /** {@code read} */
  public static final MessageStatus READ = new MessageStatus("read", Known.READ);

  private static final List<MessageStatus> VALUES =
      List.of(QUEUED, SENDING, SENT, FAILED, DELIVERED, UNDELIVERED, RECEIVING, RECEIVED, READ);

  private final String value;

  private final Known known;

  private MessageStatus(String value, Known known) {
    this.value = value;
    this.known = known;
  }

  /** The constant for a known value, or a new instance holding an unknown one. */
  @JsonCreator
  public static MessageStatus of(String value) {
    for (MessageStatus candidate : VALUES) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    return new MessageStatus(Objects.requireNonNull(value, "value"), null);
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
    return other instanceof MessageStatus && ((MessageStatus) other).value.equals(value);
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

    SENDING,

    SENT,

    FAILED,

    DELIVERED,

    UNDELIVERED,

    RECEIVING,

    RECEIVED,

    READ
  }
}
