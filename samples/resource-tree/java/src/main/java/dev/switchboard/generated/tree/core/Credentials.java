package dev.switchboard.generated.tree.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/** The credentials a client holds, by scheme name, given or read from the environment. */
final class Credentials {
  private final List<AuthScheme> schemes;
  private final Map<String, List<String>> values;

  private Credentials(List<AuthScheme> schemes, Map<String, List<String>> values) {
    this.schemes = schemes;
    this.values = Collections.unmodifiableMap(values);
  }

  List<AuthScheme> schemes() {
    return schemes;
  }

  /**
   * Uses the given credentials and, for each scheme without them, the scheme's environment
   * variables when all of them are set.
   */
  static Credentials resolve(
      List<AuthScheme> schemes, Map<String, List<String>> given, Function<String, String> env) {
    Map<String, List<String>> values = new LinkedHashMap<>(given);
    for (AuthScheme scheme : schemes) {
      if (!values.containsKey(scheme.name())) {
        List<String> found = fromEnvironment(scheme, env);
        if (found != null) {
          values.put(scheme.name(), found);
        }
      }
    }
    return new Credentials(List.copyOf(schemes), values);
  }

  /**
   * Fails unless the environment completes at least one scheme, naming the first missing variable
   * of a partly set scheme, or every variable when none is set.
   */
  static void requireFromEnvironment(List<AuthScheme> schemes, Function<String, String> env) {
    if (schemes.isEmpty() || schemes.stream().anyMatch(s -> fromEnvironment(s, env) != null)) {
      return;
    }
    for (AuthScheme scheme : schemes) {
      List<String> missing = new ArrayList<>();
      scheme.variables().stream().filter(v -> isBlank(env.apply(v))).forEach(missing::add);
      if (missing.size() < scheme.variables().size()) {
        throw new IllegalStateException(
            "environment variable "
                + missing.get(0)
                + " is not set (needed with "
                + scheme.describe()
                + ")");
      }
    }
    throw new IllegalStateException(
        "no credentials in the environment: set " + alternatives(schemes));
  }

  private static List<String> fromEnvironment(AuthScheme scheme, Function<String, String> env) {
    List<String> found = new ArrayList<>();
    for (String variable : scheme.variables()) {
      String value = env.apply(variable);
      if (isBlank(value)) {
        return null;
      }
      found.add(value);
    }
    return found;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** The first alternative whose schemes all have credentials; null when none has. */
  List<AuthScheme> choose(List<List<String>> alternatives) {
    for (List<String> alternative : alternatives) {
      if (alternative.stream().allMatch(values::containsKey)) {
        List<AuthScheme> chosen = new ArrayList<>();
        alternative.forEach(name -> chosen.add(scheme(name)));
        return chosen;
      }
    }
    return null;
  }

  List<String> values(String scheme) {
    return values.get(scheme);
  }

  /** Explains which credentials an operation needs. */
  IllegalStateException missing(List<List<String>> alternatives) {
    List<AuthScheme> needed = new ArrayList<>();
    alternatives.forEach(alternative -> alternative.forEach(name -> needed.add(scheme(name))));
    return new IllegalStateException(
        "missing credentials: pass them to the client builder or set " + alternatives(needed));
  }

  private static String alternatives(List<AuthScheme> schemes) {
    StringJoiner joined = new StringJoiner(", or ");
    schemes.forEach(s -> joined.add(s.describe() + " (" + s.name() + ")"));
    return joined.toString();
  }

  private AuthScheme scheme(String name) {
    return schemes.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown security scheme " + name));
  }
}
