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
 * plugin does not declare {@link #OPTION}: core accepts it for every language
 * ({@code LanguagePlugin.accepted}) and hands the plugin a plan whose tree is already renamed
 * ({@link #apply(Plan)}), so every printer, README and surface check reads the same names. A rename
 * whose word the class already has is not made, so names stay unique.
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

  /** {@code plan} with its tree's methods renamed; the same plan when there is nothing to rename. */
  public Plan apply(Plan plan) {
    if (renames.isEmpty() || plan.tree().isEmpty()) {
      return plan;
    }
    ResourceTree tree = plan.tree();
    return plan.withTree(new ResourceTree(tree.roots(), tree.shortcuts(), tree.nodes().stream().map(this::apply).toList()));
  }

  /**
   * A node with its methods renamed by class: a keyed node's collection and member are two classes;
   * a node without a key prints both sides as one.
   */
  TreeNode apply(TreeNode node) {
    List<TreeMethod> collection;
    List<TreeMethod> instance;
    if (node.key().isPresent()) {
      collection = renamed(node.collection());
      instance = renamed(node.instance());
    } else {
      List<TreeMethod> both = renamed(java.util.stream.Stream.concat(node.collection().stream(),
          node.instance().stream()).toList());
      collection = both.subList(0, node.collection().size());
      instance = both.subList(node.collection().size(), both.size());
    }
    return new TreeNode(node.id(), node.name(), node.type(), node.bound(), node.key(), collection, instance,
        node.instanceChildren(), node.collectionChildren());
  }

  /** The methods of one class, each one-word name renamed, unless a method of that class is already called so. */
  List<TreeMethod> renamed(List<TreeMethod> methods) {
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
