package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Turns parameter values into text and percent-encodes them. Not part of the public API. */
public final class ParamEncoding {
  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

  private ParamEncoding() {}

  /** Encodes a path segment: every byte except RFC 3986 unreserved characters. */
  public static String encodePath(String text) {
    return encode(text, UNRESERVED);
  }

  /**
   * Encodes a query name or value: unreserved characters, {@code :}, {@code @} and {@code /} stay.
   */
  public static String encodeQuery(String text) {
    return encode(text, UNRESERVED + ":@/");
  }

  /** Encodes a form field as HTML forms do: {@code +} for space. */
  public static String encodeForm(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String encode(String text, String kept) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 128 && kept.indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
        out.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
      }
    }
    return out.toString();
  }

  /** The text of one scalar value: dates in ISO-8601, enums by wire value. */
  public static String text(Object value) {
    if (value instanceof OffsetDateTime) {
      return ((OffsetDateTime) value).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    if (value instanceof LocalDate) {
      return ((LocalDate) value).format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
    if (value instanceof JsonNode) {
      JsonNode node = (JsonNode) value;
      return node.isValueNode() ? node.asText() : node.toString();
    }
    return String.valueOf(value);
  }

  /** Unwraps optionals; a collection gives its items, null and empty give nothing. */
  public static List<Object> items(Object value) {
    List<Object> items = new ArrayList<>();
    Object unwrapped = value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
    if (unwrapped instanceof Collection) {
      items.addAll((Collection<?>) unwrapped);
    } else if (unwrapped != null) {
      items.add(unwrapped);
    }
    return items;
  }

  /** True for values that are written as JSON objects (models and maps). */
  public static boolean isObject(Object value) {
    return !(value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof OffsetDateTime
        || value instanceof LocalDate
        || (value instanceof JsonNode && ((JsonNode) value).isValueNode())
        || value.getClass().isAnnotationPresent(WireValue.class));
  }
}
