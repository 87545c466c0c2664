package dev.switchboard.generated.tree.core;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Helpers the generated unions use to pick a variant. Not part of the public API. */
public final class Unions {
  private Unions() {}

  /** What JSON a variant accepts. */
  public static final class Shape {
    private final Set<JsonNodeType> types;
    private final Set<String> required;
    private final Set<String> known;

    private Shape(Set<JsonNodeType> types, Set<String> required, Set<String> known) {
      this.types = types;
      this.required = required;
      this.known = known;
    }

    /** An object with these required and known property names. */
    public static Shape object(Set<String> required, Set<String> known) {
      return new Shape(Set.of(JsonNodeType.OBJECT), required, known);
    }

    /** Any value of these JSON types. */
    public static Shape of(JsonNodeType... types) {
      return new Shape(Set.of(types), Set.of(), Set.of());
    }

    int score(JsonNode node) {
      if (!types.contains(node.getNodeType())) {
        return -1;
      }
      if (!node.isObject()) {
        return 0;
      }
      for (String name : required) {
        if (!node.has(name)) {
          return -1;
        }
      }
      int matched = 0;
      for (String name : known) {
        matched += node.has(name) ? 1 : 0;
      }
      return matched;
    }
  }

  /** The text of the discriminator property, or an empty string. */
  public static String discriminator(JsonNode node, String property) {
    JsonNode value = node.get(property);
    return value == null || !value.isValueNode() ? "" : value.asText();
  }

  /** The index of the shape that fits best (most known properties, first wins), or -1. */
  public static int bestMatch(JsonNode node, List<Shape> shapes) {
    int best = -1;
    int bestScore = -1;
    for (int i = 0; i < shapes.size(); i++) {
      int score = shapes.get(i).score(node);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  public static <T> T decode(ObjectCodec codec, JsonNode node, Class<T> type) throws IOException {
    return codec.treeToValue(node, type);
  }

  public static <T> T decode(ObjectCodec codec, JsonNode node, TypeReference<T> type)
      throws IOException {
    try (com.fasterxml.jackson.core.JsonParser parser = codec.treeAsTokens(node)) {
      return codec.readValue(parser, type);
    }
  }
}
