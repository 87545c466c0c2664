package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Helpers the generated models use. Not part of the public API. */
public final class Checks {
  private Checks() {}

  /** Returns the value, or fails naming the missing property. */
  public static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("`" + name + "` is required but is not set");
    }
    return value;
  }

  /** Returns an item limit, or fails naming it when it is not a positive integer. */
  public static int itemLimit(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException("`" + name + "` must be a positive integer, got " + value);
    }
    return value;
  }

  /** Fails, before anything is sent, when a call gives none of a group the API needs one of. */
  public static void requireOneOf(String names, boolean... given) {
    for (boolean one : given) {
      if (one) {
        return;
      }
    }
    throw new IllegalArgumentException("give at least one of " + names);
  }

  /** Returns a decoded required property, or fails naming it when the response did not carry it. */
  public static <T> T decoded(T value, String wireName) {
    if (value == null) {
      throw new MissingFieldException(wireName);
    }
    return value;
  }

  /**
   * What a model's {@code toString()} shows for personal data: {@code ***} for a present value,
   * {@code null} or {@code Optional.empty} as they are. The getter still returns the value.
   */
  public static String mask(Object value) {
    boolean absent = value == null || value instanceof Optional && ((Optional<?>) value).isEmpty();
    return absent ? String.valueOf(value) : "***";
  }

  /** The JSON form of a property that may be absent ({@code null}) or JSON null (empty). */
  public static Object nullable(Optional<?> value) {
    if (value == null) {
      return null;
    }
    return value.isPresent() ? value.get() : NullNode.getInstance();
  }

  /** An absent or JSON-null property as an empty optional. */
  public static <T> Optional<T> present(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  /** An unmodifiable copy, or null for null. */
  public static <T> List<T> copy(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** An unmodifiable copy, or null for null. */
  public static <K, V> Map<K, V> copy(Map<K, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
