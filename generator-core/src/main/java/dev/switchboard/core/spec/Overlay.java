package dev.switchboard.core.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An OpenAPI Overlay 1.0 document: actions applied in order to the spec's tree before it is
 * parsed. {@code update} merges into every node {@code target} selects (objects key by key and
 * recursively, an array gets the value appended), {@code remove: true} deletes them. A malformed
 * overlay is a {@link ConfigException} naming the file and the JSON pointer of the bad part; a
 * target that selects nothing is a warning.
 */
public final class Overlay {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Path file;
  private final List<Action> actions;

  private record Action(String pointer, String target, OverlayTarget selector, JsonNode update, boolean remove) {}

  private Overlay(Path file, List<Action> actions) {
    this.file = file;
    this.actions = List.copyOf(actions);
  }

  /** Reads and checks an overlay file. */
  public static Overlay read(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new ConfigException(file + ": malformed overlay" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
          + at.getColumnNr()) + ": " + e.getOriginalMessage().lines().findFirst().orElse("") + "; fix the YAML or JSON syntax");
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read overlay: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException(file + ": the overlay must be a mapping with 'overlay', 'info' and 'actions'");
    }
    JsonNode version = root.get("overlay");
    if (version == null || !version.isTextual() || !version.textValue().startsWith("1.")) {
      throw new ConfigException(file + ": /overlay: expected an Overlay version such as '1.0.0'"
          + (version == null ? ", got nothing" : ", got " + version));
    }
    JsonNode actions = root.get("actions");
    if (actions == null || !actions.isArray() || actions.isEmpty()) {
      throw new ConfigException(file + ": /actions: expected a list of at least one action with a 'target'");
    }
    List<Action> read = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      read.add(action(file, "/actions/" + i, actions.get(i)));
    }
    return new Overlay(file, read);
  }

  private static Action action(Path file, String pointer, JsonNode action) {
    if (!action.isObject()) {
      throw new ConfigException(file + ": " + pointer + ": expected an action mapping with 'target' and 'update' or 'remove'");
    }
    JsonNode target = action.get("target");
    if (target == null || !target.isTextual()) {
      throw new ConfigException(file + ": " + pointer + "/target: expected a JSONPath such as \"$.paths['/pets'].get\"");
    }
    OverlayTarget selector;
    try {
      selector = OverlayTarget.parse(target.textValue());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file + ": " + pointer + "/target: " + e.getMessage());
    }
    JsonNode remove = action.get("remove");
    if (remove != null && !remove.isBoolean()) {
      throw new ConfigException(file + ": " + pointer + "/remove: expected true or false");
    }
    JsonNode update = action.get("update");
    boolean removes = remove != null && remove.booleanValue();
    if (removes == (update != null)) {
      throw new ConfigException(file + ": " + pointer + ": an action needs either 'update' or 'remove: true', not "
          + (removes ? "both" : "neither"));
    }
    if (removes && selector.isRoot()) {
      throw new ConfigException(file + ": " + pointer + "/target: the document itself cannot be removed");
    }
    return new Action(pointer, target.textValue(), selector, update, removes);
  }

  /** Applies every action, in order, to {@code tree}; targets that select nothing are warnings. */
  public JsonNode apply(JsonNode tree, Diagnostics diagnostics) {
    for (Action action : actions) {
      List<OverlayTarget.Match> matches = action.selector().select(tree);
      if (matches.isEmpty()) {
        diagnostics.warning("overlay-target", "", file + ": " + action.pointer() + "/target: '" + action.target()
            + "' selects nothing in the spec; the action does nothing", "check the target against the spec's paths and names");
      }
      // Removed from the last, so that the indexes of earlier array items stay right.
      List<OverlayTarget.Match> ordered = new ArrayList<>(matches);
      if (action.remove()) {
        java.util.Collections.reverse(ordered);
      }
      for (OverlayTarget.Match match : ordered) {
        if (action.remove()) {
          match.remove();
        } else if (match.node() instanceof ObjectNode object && action.update().isObject()) {
          merge(object, (ObjectNode) action.update());
        } else if (match.node() instanceof ArrayNode array) {
          array.add(action.update().deepCopy());
        } else if (match.isRoot()) {
          throw new ConfigException(file + ": " + action.pointer() + "/update: the document can only be merged with a mapping");
        } else {
          match.replace(action.update().deepCopy());
        }
      }
    }
    return tree;
  }

  private static void merge(ObjectNode into, ObjectNode update) {
    update.fields().forEachRemaining(entry -> {
      JsonNode existing = into.get(entry.getKey());
      if (existing instanceof ObjectNode object && entry.getValue().isObject()) {
        merge(object, (ObjectNode) entry.getValue());
      } else {
        into.set(entry.getKey(), entry.getValue().deepCopy());
      }
    });
  }

  public Path file() {
    return file;
  }
}
