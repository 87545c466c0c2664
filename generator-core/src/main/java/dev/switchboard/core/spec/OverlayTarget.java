package dev.switchboard.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSONPath subset overlay targets use: {@code $} followed by {@code .name}, {@code ['name']}
 * (or double quotes), {@code [0]}, and the wildcards {@code .*} and {@code [*]}. Filters and
 * recursive descent are refused with a message saying so.
 */
final class OverlayTarget {
  private sealed interface Step permits Key, Index, Wildcard {}

  private record Key(String name) implements Step {}

  private record Index(int index) implements Step {}

  private record Wildcard() implements Step {}

  /** A selected node and where it sits, so that it can be replaced or removed. */
  record Match(JsonNode parent, String key, int index, JsonNode node) {
    boolean isRoot() {
      return parent == null;
    }

    void remove() {
      if (parent instanceof ObjectNode object) {
        object.remove(key);
      } else if (parent instanceof ArrayNode array) {
        array.remove(index);
      }
    }

    void replace(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(key, value);
      } else if (parent instanceof ArrayNode array) {
        array.set(index, value);
      }
    }
  }

  private final List<Step> steps;

  private OverlayTarget(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  boolean isRoot() {
    return steps.isEmpty();
  }

  static OverlayTarget parse(String path) {
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException("'" + path + "' must start with '$'");
    }
    List<Step> steps = new ArrayList<>();
    int i = 1;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        if (i + 1 < path.length() && path.charAt(i + 1) == '.') {
          throw new IllegalArgumentException("'" + path + "': recursive descent (..) is not supported; name each step");
        }
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        String name = path.substring(i + 1, end);
        if (name.isEmpty()) {
          throw new IllegalArgumentException("'" + path + "': a '.' must be followed by a name or '*'");
        }
        steps.add(name.equals("*") ? new Wildcard() : new Key(name));
        i = end;
      } else if (c == '[') {
        i = bracket(path, i, steps);
      } else {
        throw new IllegalArgumentException("'" + path + "': unexpected '" + c + "' at position " + i
            + "; use .name, ['name'], [0] or *");
      }
    }
    return new OverlayTarget(steps);
  }

  private static int bracket(String path, int open, List<Step> steps) {
    int close;
    char first = open + 1 < path.length() ? path.charAt(open + 1) : ']';
    if (first == '\'' || first == '"') {
      int endQuote = path.indexOf(first, open + 2);
      if (endQuote < 0 || endQuote + 1 >= path.length() || path.charAt(endQuote + 1) != ']') {
        throw new IllegalArgumentException("'" + path + "': unclosed quoted name at position " + open);
      }
      steps.add(new Key(path.substring(open + 2, endQuote)));
      return endQuote + 2;
    }
    close = path.indexOf(']', open);
    if (close < 0) {
      throw new IllegalArgumentException("'" + path + "': unclosed '[' at position " + open);
    }
    String inside = path.substring(open + 1, close).strip();
    if (inside.equals("*")) {
      steps.add(new Wildcard());
    } else if (inside.matches("\\d+")) {
      steps.add(new Index(Integer.parseInt(inside)));
    } else if (inside.startsWith("?")) {
      throw new IllegalArgumentException("'" + path + "': filter expressions ([?...]) are not supported; name each step");
    } else {
      throw new IllegalArgumentException("'" + path + "': '[" + inside + "]' is not a quoted name, an index or '*'");
    }
    return close + 1;
  }

  /** Every node the path selects in {@code root}, in document order. */
  List<Match> select(JsonNode root) {
    List<Match> current = List.of(new Match(null, null, -1, root));
    for (Step step : steps) {
      List<Match> next = new ArrayList<>();
      for (Match match : current) {
        children(match.node(), step, next);
      }
      current = next;
    }
    return current;
  }

  private static void children(JsonNode node, Step step, List<Match> into) {
    if (step instanceof Key key) {
      if (node instanceof ObjectNode object && object.has(key.name())) {
        into.add(new Match(node, key.name(), -1, object.get(key.name())));
      }
    } else if (step instanceof Index index) {
      if (node instanceof ArrayNode array && index.index() < array.size()) {
        into.add(new Match(node, null, index.index(), array.get(index.index())));
      }
    } else if (node instanceof ObjectNode object) {
      object.fields().forEachRemaining(e -> into.add(new Match(node, e.getKey(), -1, e.getValue())));
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        into.add(new Match(node, null, i, array.get(i)));
      }
    }
  }
}
