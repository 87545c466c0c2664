package dev.switchboard.core.output;

import java.nio.file.Path;

/** Rejects any generated path that could leave the output folder. */
public final class SafePaths {
  private SafePaths() {}

  public static void check(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
        || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("unsafe generated path: " + path);
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("unsafe generated path: " + path);
      }
    }
  }

  /** Resolves {@code path} under {@code root}, failing if the result is not inside it. */
  public static Path resolve(Path root, String path) {
    check(path);
    Path resolved = root.resolve(path).normalize();
    if (!resolved.startsWith(root.normalize())) {
      throw new IllegalArgumentException("unsafe generated path: " + path);
    }
    return resolved;
  }
}
