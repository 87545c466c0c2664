package dev.switchboard.core.ir;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * How a date-time is written on the wire. Every SDK gives both the same date-time type; reading
 * accepts either, writing uses the one the spec names.
 */
public enum DateTimeFormat {
  /** RFC 3339 / ISO 8601: {@code 2023-08-24T05:01:45Z}. */
  ISO_8601,
  /** RFC 2822 (as in e-mail headers): {@code Thu, 24 Aug 2023 05:01:45 +0000}. */
  RFC_2822;

  /**
   * Reads a value written in this format (examples in the spec and the plan); throws {@link
   * java.time.format.DateTimeParseException} when it is not.
   */
  public OffsetDateTime parse(String text) {
    return this == ISO_8601 ? OffsetDateTime.parse(text) : OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
  }

  /**
   * The format of the date-times a value of this type holds: the type itself, or through
   * {@code nullable} and list items (an argument such as {@code DateSent[]}). Empty for any other
   * type, including objects, whose own properties say theirs.
   */
  public static Optional<DateTimeFormat> of(TypeRef type) {
    TypeRef inner = type.nonNull();
    if (inner instanceof TypeRef.ListOf list) {
      return of(list.items());
    }
    return inner instanceof TypeRef.PrimitiveRef primitive ? primitive.primitive().dateTimeFormat() : Optional.empty();
  }
}
