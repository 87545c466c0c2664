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
  private boolean external;

  RefChecker(JsonNode root, Path directory, Diagnostics diagnostics) {
    this.root = root;
    this.directory = directory;
    this.diagnostics = diagnostics;
  }

  void check() {
    visit(root, new ArrayDeque<>());
  }

  /** Walks the tree keeping the path as tokens; a pointer string is built only for a $ref. */
  private void visit(JsonNode node, Deque<String> path) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        checkRef(path, ref.asText());
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        visitChild(field.getValue(), field.getKey(), path);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visitChild(node.get(i), Integer.toString(i), path);
      }
    }
  }

  private void visitChild(JsonNode child, String token, Deque<String> path) {
    if (child.isContainerNode()) {
      path.addLast(token);
      visit(child, path);
      path.removeLast();
    }
  }

  private static String pointer(Deque<String> path) {
    StringBuilder pointer = new StringBuilder();
    path.forEach(token -> pointer.append('/').append(JsonPointers.escape(token)));
    return pointer.toString();
  }

  private void checkRef(Deque<String> path, String ref) {
    if (ref.startsWith("#")) {
      checkLocal(path, ref);
    } else if (!ref.contains("://")) {
      external = true;
      checkFile(path, ref);
    } else {
      external = true;
    }
  }

  /** Whether any reference points outside the document (so the parser's resolver is needed). */
  boolean hasExternalRefs() {
    return external;
  }

  private static String at(Deque<String> path) {
    return pointer(path) + "/$ref";
  }

  private void checkLocal(Deque<String> path, String ref) {
    Set<String> seen = new HashSet<>();
    String current = ref;
    while (current != null && current.startsWith("#")) {
      if (!seen.add(current)) {
        diagnostics.error(
            "circular-ref", at(path), "$ref '" + ref + "' is circular: it leads back to '" + current + "'",
            "point the reference at a definition, not at another reference that loops");
        return;
      }
      JsonNode target = resolve(current.substring(1));
      if (target == null || target.isMissingNode()) {
        diagnostics.error(
            "dangling-ref", at(path), "$ref '" + current + "' points at nothing",
            "define " + current.substring(1) + " or correct the reference");
        return;
      }
      JsonNode next = target.get("$ref");
      current = next != null && next.isTextual() ? next.asText() : null;
    }
  }

  private JsonNode resolve(String pointer) {
    try {
      return root.at(JsonPointers.fromFragment(pointer));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }


  private void checkFile(Deque<String> path, String ref) {
    String file = ref.split("#", 2)[0];
    if (!file.isEmpty() && !Files.isRegularFile(directory.resolve(file))) {
      diagnostics.error(
          "dangling-ref", at(path), "$ref '" + ref + "' names a file that does not exist: " + file,
          "create the file next to the spec or correct the path");
    }
  }
}
