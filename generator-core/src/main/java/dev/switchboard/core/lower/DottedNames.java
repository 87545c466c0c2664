package dev.switchboard.core.lower;

import dev.switchboard.core.ir.Name;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names for component schemas whose names are dotted paths, such as Twilio's {@code
 * api.v2010.account.message} or Kubernetes' {@code io.k8s.api.core.v1.Pod}: a type takes the last
 * segment ({@code Message}), led by as many earlier segments as keep it apart from every other
 * schema's name ({@code call.recording} and {@code conference.recording} become {@code
 * CallRecording} and {@code ConferenceRecording}). Other names are kept as they are.
 */
final class DottedNames {
  /** Words joined by dots; a name with any other punctuation ({@code a/../b}) is not a path. */
  private static final Pattern DOTTED = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+");

  private DottedNames() {}

  /** The name each schema's type wants, by schema name. */
  static Map<String, String> of(Collection<String> schemaNames) {
    Map<String, List<String>> segments = new HashMap<>();
    Map<String, Integer> kept = new HashMap<>();
    for (String schemaName : schemaNames) {
      List<String> parts = DOTTED.matcher(schemaName).matches() ? List.of(schemaName.split("\\.")) : List.of(schemaName);
      segments.put(schemaName, parts);
      kept.put(schemaName, shortest(parts));
    }
    // Lengthen every name of a clashing group by one segment until no group clashes or none can grow.
    boolean grown = true;
    while (grown) {
      grown = false;
      Map<String, List<String>> byKey = new HashMap<>();
      kept.forEach((schemaName, count) -> byKey.computeIfAbsent(key(segments.get(schemaName), count),
          k -> new java.util.ArrayList<>()).add(schemaName));
      for (List<String> group : byKey.values()) {
        if (group.size() < 2) {
          continue;
        }
        for (String schemaName : group) {
          if (kept.get(schemaName) < segments.get(schemaName).size()) {
            kept.merge(schemaName, 1, Integer::sum);
            grown = true;
          }
        }
      }
    }
    Map<String, String> names = new HashMap<>();
    kept.forEach((schemaName, count) -> names.put(schemaName, String.join(".", tail(segments.get(schemaName), count))));
    return names;
  }

  /** One segment, or more where the last ones start with a digit ({@code v1.2} stays whole). */
  private static int shortest(List<String> parts) {
    int count = 1;
    while (count < parts.size() && Character.isDigit(parts.get(parts.size() - count).charAt(0))) {
      count++;
    }
    return count;
  }

  private static List<String> tail(List<String> parts, int count) {
    return parts.subList(parts.size() - count, parts.size());
  }

  /** A name as the registry compares ids ({@link TypeRegistry#folded}). */
  private static String key(List<String> parts, int count) {
    return TypeRegistry.folded(Name.of(String.join(".", tail(parts, count))));
  }
}
