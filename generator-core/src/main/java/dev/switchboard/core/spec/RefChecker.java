package dev.switchboard.core.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every {@code $ref} before the parser sees the document, so nothing is read or fetched that
 * the {@link RefPolicy} does not allow: local references must point at something and must not loop
 * or chain too deep; referenced files must exist inside an allowed folder (checked on real paths,
 * component by component) and are checked the same way in turn; URLs are refused unless allowed.
 */
final class RefChecker {
  /** Longest chain of references to references that is followed. */
  static final int MAX_CHAIN = 64;
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*", Pattern.DOTALL);

  private final RefPolicy policy;
  private final Diagnostics diagnostics;
  private final List<Path> roots = new ArrayList<>();
  private final Set<Path> visitedFiles = new HashSet<>();
  private boolean external;
  private boolean chainReported;

  RefChecker(Path spec, RefPolicy policy, Diagnostics diagnostics) {
    this.policy = policy;
    this.diagnostics = diagnostics;
    realFolder(spec).ifPresent(roots::add);
    policy.roots().forEach(root -> realPath(root).ifPresent(roots::add));
  }

  /** Checks the main document; referenced files are loaded and checked as they are met. */
  void check(JsonNode root, Path spec) {
    realPath(spec).ifPresent(visitedFiles::add);
    new Document(root, spec, true).visit(root, new ArrayDeque<>());
  }

  /** Whether any reference points outside the document (so the parser's resolver is needed). */
  boolean hasExternalRefs() {
    return external;
  }

  private static Path folder(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  private static Optional<Path> realFolder(Path file) {
    return realPath(folder(file));
  }

  private static Optional<Path> realPath(Path path) {
    try {
      return Optional.of(path.toAbsolutePath().toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private final class Document {
    private final JsonNode root;
    private final Path folder;
    private final boolean main;
    private final String prefix;

    Document(JsonNode root, Path file, boolean main) {
      this.root = root;
      this.folder = folder(file);
      this.main = main;
      this.prefix = main ? "" : file.getFileName() + "#";
    }

    /** Walks the tree keeping the path as tokens; a pointer string is built only for a $ref. */
    void visit(JsonNode node, Deque<String> path) {
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

    private String at(Deque<String> path) {
      StringBuilder pointer = new StringBuilder();
      path.forEach(token -> pointer.append('/').append(JsonPointers.escape(token)));
      return prefix + pointer + "/$ref";
    }

    private void checkRef(Deque<String> path, String ref) {
      if (ref.startsWith("#")) {
        if (main) {
          checkLocal(path, ref);
        }
      } else if (SCHEME.matcher(ref).matches()) {
        external = true;
        if (!policy.remote()) {
          diagnostics.error("remote-ref", at(path), "$ref '" + ref + "' points at a URL; remote references are not followed by default",
              "copy the referenced document next to the spec and refer to it by a relative path, or pass --allow-remote-refs if you trust it");
        }
      } else {
        external = true;
        checkFile(path, ref);
      }
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
        if (seen.size() > MAX_CHAIN) {
          reportChain(path, ref);
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

    private void reportChain(Deque<String> path, String ref) {
      if (!chainReported) {
        chainReported = true;
        diagnostics.error("ref-chain-too-long", at(path),
            "$ref '" + ref + "' starts a chain of more than " + MAX_CHAIN + " references to references",
            "point references at definitions directly");
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
      if (file.isEmpty()) {
        return;
      }
      Path target = folder.resolve(file).normalize();
      Optional<Path> real = realPath(target);
      if (!allowed(real.orElse(target))) {
        diagnostics.error("outside-ref", at(path),
            "$ref '" + ref + "' leads outside the spec's folder (to " + real.orElse(target) + "); it was not read",
            "move the file into the spec's folder, or pass --allow-ref-root with a folder that contains it");
      } else if (real.isEmpty() || !Files.isRegularFile(real.get())) {
        diagnostics.error(
            "dangling-ref", at(path), "$ref '" + ref + "' names a file that does not exist: " + file,
            "create the file next to the spec or correct the path");
      } else if (visitedFiles.add(real.get())) {
        checkReferenced(real.get(), path);
      }
    }

    /** A referenced file may refer further: its references obey the same policy. */
    private void checkReferenced(Path file, Deque<String> path) {
      Diagnostics inner = new Diagnostics(file.toString());
      Optional<JsonNode> tree = SpecText.read(file, inner).flatMap(text -> SpecTree.parse(text, inner));
      inner.sorted().forEach(diagnostics::add);
      tree.ifPresent(node -> new Document(node, file, false).visit(node, new ArrayDeque<>()));
    }
  }

  private boolean allowed(Path path) {
    return roots.stream().anyMatch(path::startsWith);
  }
}
