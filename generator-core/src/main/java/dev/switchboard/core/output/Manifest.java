package dev.switchboard.core.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code .switchboard-manifest}: the files Switchboard wrote in one folder, each with the SHA-256 of
 * the content it wrote ({@code <sha256>  <path>} per line). A listed path may be overwritten; a
 * listed file is deleted only while its content still has the recorded hash.
 */
record Manifest(SortedMap<String, Optional<String>> entries) {
  static final String NAME = ".switchboard-manifest";
  private static final String HEADER = "# Files written by Switchboard. Do not edit; regenerate instead.\n";

  Manifest {
    entries = new TreeMap<>(entries);
  }

  /** Reads the manifest of {@code folder}; a link or anything but a regular file is refused. */
  static Manifest read(Path folder) throws IOException {
    Path file = folder.resolve(NAME);
    SortedMap<String, Optional<String>> entries = new TreeMap<>();
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return new Manifest(entries);
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputException("refusing to use a manifest that is a symbolic link or not a regular file", java.util.List.of(file.toString()));
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      parse(line, entries);
    }
    return new Manifest(entries);
  }

  private static void parse(String line, Map<String, Optional<String>> entries) {
    if (line.isBlank() || line.startsWith("#")) {
      return;
    }
    boolean hashed = line.length() > 66 && line.substring(0, 64).matches("[0-9a-f]{64}") && line.startsWith("  ", 64);
    String path = hashed ? line.substring(66) : line;
    if (isSafe(path)) {
      entries.put(path, hashed ? Optional.of(line.substring(0, 64)) : Optional.empty());
    }
  }

  static Manifest of(FileSet files) {
    SortedMap<String, Optional<String>> entries = new TreeMap<>();
    files.files().forEach((path, content) -> entries.put(path, Optional.of(sha256(content))));
    return new Manifest(entries);
  }

  boolean lists(String path) {
    return entries.containsKey(path);
  }

  /** Whether {@code content}, found at {@code path}, is exactly what Switchboard wrote there. */
  boolean wrote(String path, byte[] content) {
    return entries.getOrDefault(path, Optional.empty()).map(hash -> hash.equals(sha256(content))).orElse(false);
  }

  byte[] bytes() {
    StringBuilder text = new StringBuilder(HEADER);
    entries.forEach((path, hash) -> text.append(hash.map(h -> h + "  ").orElse("")).append(path).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static boolean isSafe(String path) {
    try {
      SafePaths.check(path);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
