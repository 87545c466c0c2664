package dev.switchboard.core.plan;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.plugin.LanguageOptions;
import dev.switchboard.core.plugin.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One language's words for the resource tree's verbs, where its users know other ones: Twilio's
 * Node library deletes with {@code remove()} where its Python library says {@code delete()}. A
 * plugin declares {@link #OPTION} and renames each side's methods with {@link #apply}; a rename
 * whose word the side already has is not made, so names stay unique.
 */
public final class TreeVerbs {
  /** The option's key under {@code languages.<id>}. */
  public static final String KEY = "verbs";
  private static final String WORD = "[a-z][a-z0-9]*";
  private static final Pattern PAIRS = Pattern.compile(WORD + "=" + WORD + "(," + WORD + "=" + WORD + ")*");

  /** The option a plugin declares to take renames, such as {@code verbs: "delete=remove"}. */
  public static final Option OPTION = Option.matching(KEY,
      "resource-tree methods named by one verb, renamed in this language, as delete=remove; default: none",
      PAIRS, "comma-separated verb=word pairs in lowercase, such as delete=remove");

  /** No renames. */
  public static final TreeVerbs NONE = new TreeVerbs(Map.of());

  private final Map<String, String> renames;

  private TreeVerbs(Map<String, String> renames) {
    this.renames = Map.copyOf(renames);
  }

  /** The renames the options give; the option's rule has already checked their form. */
  public static TreeVerbs of(LanguageOptions options) {
    Objects.requireNonNull(options, "options == null");
    Map<String, String> renames = new LinkedHashMap<>();
    options.get(KEY).ifPresent(value -> {
      for (String pair : value.split(",")) {
        String[] words = pair.split("=", 2);
        renames.put(words[0], words[1]);
      }
    });
    return new TreeVerbs(renames);
  }

  /**
   * The methods of one side of a node, each one-word name this language renames taking its word,
   * unless a method of that side is already called so.
   */
  public List<TreeMethod> apply(List<TreeMethod> methods) {
    if (renames.isEmpty()) {
      return methods;
    }
    Set<String> taken = new HashSet<>();
    methods.forEach(method -> taken.add(String.join("_", method.name().words())));
    List<TreeMethod> renamed = new ArrayList<>(methods.size());
    for (TreeMethod method : methods) {
      List<String> words = method.name().words();
      String word = words.size() == 1 ? renames.get(words.get(0)) : null;
      renamed.add(word == null || !taken.add(word) ? method
          : new TreeMethod(new Name(List.of(word), method.name().wire()), method.operation()));
    }
    return List.copyOf(renamed);
  }
}
