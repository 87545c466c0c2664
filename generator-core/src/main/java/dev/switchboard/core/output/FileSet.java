package dev.switchboard.core.output;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Generated files by relative path, sorted. Paths are checked when added. */
public final class FileSet {
  private final SortedMap<String, byte[]> files = new TreeMap<>();

  public FileSet add(String path, String content) {
    return add(path, content.getBytes(StandardCharsets.UTF_8));
  }

  public FileSet add(String path, byte[] content) {
    SafePaths.check(path);
    if (files.putIfAbsent(path, content.clone()) != null) {
      throw new IllegalArgumentException("generated twice: " + path);
    }
    return this;
  }

  public FileSet addAll(String prefix, FileSet other) {
    other.files.forEach((path, content) -> add(prefix + path, content));
    return this;
  }

  public Map<String, byte[]> files() {
    return Collections.unmodifiableSortedMap(files);
  }

  public String text(String path) {
    byte[] content = files.get(path);
    return content == null ? null : new String(content, StandardCharsets.UTF_8);
  }

  public int size() {
    return files.size();
  }
}
