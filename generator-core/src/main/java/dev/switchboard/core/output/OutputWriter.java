package dev.switchboard.core.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Writes a file set into a folder it owns only in part. A manifest records the files Switchboard
 * wrote; files from an earlier run that are no longer generated are deleted, files it never wrote
 * are left alone, and unchanged files are not touched.
 */
public final class OutputWriter {
  public static final String MANIFEST = ".switchboard-manifest";
  private static final String HEADER = "# Files written by Switchboard. Do not edit; regenerate instead.\n";

  private final Path root;

  public OutputWriter(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Compares without writing. */
  public WriteReport check(FileSet files) throws IOException {
    return plan(files).report();
  }

  public WriteReport write(FileSet files) throws IOException {
    Plan plan = plan(files);
    Files.createDirectories(root);
    for (String path : plan.created) {
      writeFile(path, files.files().get(path));
    }
    for (String path : plan.updated) {
      writeFile(path, files.files().get(path));
    }
    for (String path : plan.deleted) {
      delete(path);
    }
    writeManifest(files);
    return plan.report();
  }

  private Plan plan(FileSet files) throws IOException {
    Plan plan = new Plan();
    for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
      Path target = SafePaths.resolve(root, file.getKey());
      if (!Files.exists(target)) {
        plan.created.add(file.getKey());
      } else if (!Arrays.equals(Files.readAllBytes(target), file.getValue())) {
        plan.updated.add(file.getKey());
      } else {
        plan.unchanged++;
      }
    }
    for (String owned : previousManifest()) {
      if (!files.files().containsKey(owned) && Files.isRegularFile(SafePaths.resolve(root, owned))) {
        plan.deleted.add(owned);
      }
    }
    return plan;
  }

  private SortedSet<String> previousManifest() throws IOException {
    Path manifest = root.resolve(MANIFEST);
    SortedSet<String> owned = new TreeSet<>();
    if (Files.isRegularFile(manifest)) {
      for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#") && isSafe(line)) {
          owned.add(line);
        }
      }
    }
    return owned;
  }

  private static boolean isSafe(String path) {
    try {
      SafePaths.check(path);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void writeFile(String path, byte[] content) throws IOException {
    Path target = SafePaths.resolve(root, path);
    Files.createDirectories(target.getParent());
    ensureInside(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".switchboard", ".tmp");
    Files.write(temporary, content);
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Refuses to write through a symbolic link that leads out of the output folder. */
  private void ensureInside(Path directory) throws IOException {
    if (!directory.toRealPath().startsWith(root.toRealPath())) {
      throw new IOException("refusing to write outside " + root + ": " + directory + " leads elsewhere");
    }
  }

  private void delete(String path) throws IOException {
    Path target = SafePaths.resolve(root, path);
    ensureInside(target.getParent());
    Files.deleteIfExists(target);
    for (Path dir = target.getParent(); !dir.equals(root) && isEmptyDirectory(dir); dir = dir.getParent()) {
      Files.delete(dir);
    }
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private void writeManifest(FileSet files) throws IOException {
    String content = HEADER + String.join("\n", files.files().keySet()) + "\n";
    Path manifest = root.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest) || !Files.readString(manifest, StandardCharsets.UTF_8).equals(content)) {
      Files.writeString(manifest, content, StandardCharsets.UTF_8);
    }
  }

  private static final class Plan {
    final List<String> created = new ArrayList<>();
    final List<String> updated = new ArrayList<>();
    final List<String> deleted = new ArrayList<>();
    int unchanged;

    WriteReport report() {
      return new WriteReport(created, updated, deleted, unchanged);
    }
  }
}
