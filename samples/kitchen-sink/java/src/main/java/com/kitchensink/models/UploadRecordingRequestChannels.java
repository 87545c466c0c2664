package com.kitchensink.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.kitchensink.core.WireValue;
import java.util.List;
import java.util.Optional;

/**
 * Values of {@code uploadRecording}.
 *
 * <p>Values this SDK does not know are kept and readable with {@link #value()}.
 */
@WireValue
public final class UploadRecordingRequestChannels {
  /** {@code 1} */
  public static final UploadRecordingRequestChannels _1 =
      new UploadRecordingRequestChannels(1L, Known._1);

  /** {@code 2} */
  public static final UploadRecordingRequestChannels _2 =
      new UploadRecordingRequestChannels(2L, Known._2);

  private static final List<UploadRecordingRequestChannels> VALUES = List.of(_1, _2);

  private final long value;

  private final Known known;

  private UploadRecordingRequestChannels(long value, Known known) {
    this.value = value;
    this.known = known;
  }

  /** The constant for a known value, or a new instance holding an unknown one. */
  @JsonCreator
  public static UploadRecordingRequestChannels of(long value) {
    for (UploadRecordingRequestChannels candidate : VALUES) {
      if (candidate.value == value) {
        return candidate;
      }
    }
    return new UploadRecordingRequestChannels(value, null);
  }

  /** The value on the wire, known or not. */
  @JsonValue
  public long value() {
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
    return other instanceof UploadRecordingRequestChannels
        && ((UploadRecordingRequestChannels) other).value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }

  /** The values this version of the SDK knows, for use in {@code switch}. */
  public enum Known {
    _1,

    _2
  }
}
