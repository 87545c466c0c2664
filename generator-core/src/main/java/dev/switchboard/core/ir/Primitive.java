package dev.switchboard.core.ir;

/** Scalar kinds, named after the OpenAPI type and format they come from. */
public enum Primitive {
  STRING,
  BOOLEAN,
  /** {@code integer} without format: size unknown, treat as at least 64 bits. */
  INTEGER,
  INT32,
  INT64,
  /** {@code number} without format. */
  NUMBER,
  FLOAT,
  DOUBLE,
  DATE,
  /** {@code date-time}: ISO 8601 (RFC 3339) text on the wire. */
  DATE_TIME,
  /**
   * {@code date-time-rfc-2822}: a date-time like {@link #DATE_TIME} in every SDK, written as RFC
   * 2822 text on the wire ({@code Thu, 24 Aug 2023 05:01:45 +0000}).
   */
  DATE_TIME_RFC_2822,
  UUID,
  URI,
  EMAIL,
  /** Base64 text on the wire ({@code format: byte}). */
  BASE64,
  /** Raw bytes: file parts and binary bodies. */
  BINARY;

  /** The wire format of a date-time primitive; empty for every other primitive. */
  public java.util.Optional<DateTimeFormat> dateTimeFormat() {
    return switch (this) {
      case DATE_TIME -> java.util.Optional.of(DateTimeFormat.ISO_8601);
      case DATE_TIME_RFC_2822 -> java.util.Optional.of(DateTimeFormat.RFC_2822);
      default -> java.util.Optional.empty();
    };
  }
}
