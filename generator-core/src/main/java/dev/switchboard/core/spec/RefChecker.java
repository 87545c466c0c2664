package dev.switchboard.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.diagnostics.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Checks every {@code $ref} of the raw document before parsing: local references must point at
 * something, referenced files must exist, and a chain of references must not loop.
 */
final class RefChecker {
  private final JsonNode root;
  private final Path directory;
  private final Diagnostics diagnostics;

  RefChecker(JsonNode root, Path directory, Diagnostics diagnostics) {
    this.root = root;
    this.directory = directory;
    this.diagnostics = diagnostics;
  }

  void check() {
    Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
    pending.push(Map.entry("", root));
    while (!pending.isEmpty()) {
      Map.Entry<String, JsonNode> next = pending.pop();
      visit(next.getKey(), next.getValue(), pending);
    }
  }

  private void visit(String pointer, JsonNode node, Deque<Map.Entry<String, JsonNode>> pending) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        checkRef(JsonPointers.child(pointer, "$ref"), ref.asText());
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getValue().isContainerNode()) {
          pending.push(Map.entry(JsonPointers.child(pointer, field.getKey()), field.getValue()));
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isContainerNode()) {
          pending.push(Map.entry(pointer + "/" + i, node.get(i)));
        }
      }
    }
  }

  private void checkRef(String at, String ref) {
    if (ref.startsWith("#")) {
      checkLocal(at, ref);
    } else if (!ref.contains("://")) {
      checkFile(at, ref);
    }
  }

  private void checkLocal(String at, String ref) {
    Set<String> seen = new HashSet<>();
    String current = ref;
    while (current != null && current.startsWith("#")) {
      if (!seen.add(current)) {
        diagnostics.error(
            "circular-ref", at, "$ref '" + ref + "' is circular: it leads back to '" + current + "'",
            "point the reference at a definition, not at another reference that loops");
        return;
      }
      JsonNode target = resolve(current.substring(1));
      if (target == null || target.isMissingNode()) {
        diagnostics.error(
            "dangling-ref", at, "$ref '" + current + "' points at nothing",
            "define " + current.substring(1) + " or correct the reference");
        return;
      }
      JsonNode next = target.get("$ref");
      current = next != null && next.isTextual() ? next.asText() : null;
    }
  }

  private JsonNode resolve(String pointer) {
    try {
      return root.at(decodePercent(pointer));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String decodePercent(String pointer) {
    return pointer.contains("%") ? java.net.URLDecoder.decode(pointer.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8) : pointer;
  }

  private void checkFile(String at, String ref) {
    String file = ref.split("#", 2)[0];
    if (!file.isEmpty() && !Files.isRegularFile(directory.resolve(file))) {
      diagnostics.error(
          "dangling-ref", at, "$ref '" + ref + "' names a file that does not exist: " + file,
          "create the file next to the spec or correct the path");
    }
  }
}
