package dev.switchboard.core.lower;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.ir.Primitive;
import dev.switchboard.core.ir.TypeRef;
import dev.switchboard.core.naming.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Names range filters such as Twilio's {@code DateSent<} and {@code DateSent>}: the comparison
 * becomes a word, {@code date_sent_before} and {@code date_sent_after} for dates and times (as the
 * API's own libraries name them), {@code price_lt}, {@code price_gte} for anything else. Without
 * this the sign is dropped and the two filters clash with the plain {@code DateSent}.
 */
final class RangeFilters {
  private RangeFilters() {}

  static Name name(String wire, TypeRef type) {
    String comparison = comparison(wire);
    String base = wire.substring(0, wire.length() - comparison.length());
    if (comparison.isEmpty() || !hasLetter(base)) {
      return Name.of(wire);
    }
    List<String> words = new ArrayList<>(Words.split(base));
    words.addAll(suffix(comparison, isTemporal(type)));
    return new Name(words, wire);
  }

  private static String comparison(String wire) {
    for (String sign : List.of("<=", ">=", "<", ">")) {
      if (wire.endsWith(sign)) {
        return sign;
      }
    }
    return "";
  }

  private static List<String> suffix(String comparison, boolean temporal) {
    return switch (comparison) {
      case "<" -> List.of(temporal ? "before" : "lt");
      case ">" -> List.of(temporal ? "after" : "gt");
      case "<=" -> temporal ? List.of("on", "or", "before") : List.of("lte");
      default -> temporal ? List.of("on", "or", "after") : List.of("gte");
    };
  }

  private static boolean hasLetter(String text) {
    return text.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
  }

  private static boolean isTemporal(TypeRef type) {
    if (type instanceof TypeRef.Nullable nullable) {
      return isTemporal(nullable.inner());
    }
    return type instanceof TypeRef.PrimitiveRef primitive
        && (primitive.primitive() == Primitive.DATE || primitive.primitive().dateTimeFormat().isPresent());
  }
}
