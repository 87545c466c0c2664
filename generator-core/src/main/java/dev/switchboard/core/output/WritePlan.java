package dev.switchboard.core.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a write would do, worked out from the folder as it is, with every refusal found before
 * anything is written. Paths are relative to the output root.
 */
final class WritePlan {
  /** The longest file or folder name most file systems accept, in bytes. */
  static final int MAX_NAME_BYTES = 255;

  final SortedMap<String, byte[]> writes = new TreeMap<>();
  final SortedSet<String> deletes = new TreeSet<>();
  private final SortedMap<String, Report> reports = new TreeMap<>();
  private final SortedSet<String> links = new TreeSet<>();
  private final SortedSet<String> conflicts = new TreeSet<>();
  private final SortedSet<String> tooLong = new TreeSet<>();
  private final Path root;

  private WritePlan(Path root) {
    this.root = root;
  }

  static WritePlan of(Path root, Map<String, FileSet> byFolder) throws IOException {
    WritePlan plan = new WritePlan(root);
    for (Map.Entry<String, FileSet> unit : byFolder.entrySet()) {
      plan.add(unit.getKey(), unit.getValue());
    }
    plan.refuseIfNeeded();
    return plan;
  }

  boolean changesSomething() {
    return !writes.isEmpty() || !deletes.isEmpty();
  }

  SortedMap<String, WriteReport> reports() {
    SortedMap<String, WriteReport> result = new TreeMap<>();
    reports.forEach((folder, report) -> result.put(folder, report.toReport()));
    return result;
  }

  private void add(String folder, FileSet files) throws IOException {
    if (!folder.isEmpty()) {
      SafePaths.check(folder);
    }
    String prefix = folder.isEmpty() ? "" : folder + "/";
    Report report = new Report();
    reports.put(folder, report);
    if (!guard(folder) || !guardManifest(prefix)) {
      return;
    }
    Manifest previous = Manifest.read(root.resolve(prefix.isEmpty() ? "." : prefix).normalize());
    for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
      planFile(prefix, file.getKey(), file.getValue(), previous, report);
    }
    for (String owned : previous.entries().keySet()) {
      if (!files.files().containsKey(owned)) {
        planStale(prefix, owned, previous, report);
      }
    }
    byte[] manifest = Manifest.of(files).bytes();
    if (!Arrays.equals(manifest, existing(prefix + Manifest.NAME))) {
      writes.put(prefix + Manifest.NAME, manifest);
    }
  }

  private boolean guardManifest(String prefix) throws IOException {
    Path manifest = root.resolve(prefix + Manifest.NAME);
    if (Files.isSymbolicLink(manifest)) {
      links.add(prefix + Manifest.NAME);
      return false;
    }
    if (Files.exists(manifest, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      conflicts.add(prefix + Manifest.NAME + " (not a regular file)");
      return false;
    }
    return true;
  }

  private void planFile(String prefix, String path, byte[] content, Manifest previous, Report report) throws IOException {
    String full = prefix + path;
    if (!guard(full)) {
      return;
    }
    Path target = root.resolve(full);
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      writes.put(full, content);
      report.created.add(path);
    } else if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      conflicts.add(full + " (a folder or special file stands where a generated file goes)");
    } else if (Arrays.equals(Files.readAllBytes(target), content)) {
      report.unchanged++;
    } else if (previous.lists(path)) {
      writes.put(full, content);
      report.updated.add(path);
    } else {
      conflicts.add(full);
    }
  }

  /** A file from an earlier run: deleted only if it still holds what Switchboard wrote. */
  private void planStale(String prefix, String path, Manifest previous, Report report) throws IOException {
    String full = prefix + path;
    if (!quietlySafe(full)) {
      return;
    }
    Path target = root.resolve(full);
    if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && previous.wrote(path, Files.readAllBytes(target))) {
      deletes.add(full);
      report.deleted.add(path);
    }
  }

  /**
   * Checks every component of {@code path} below the root: none may be a symbolic link, every
   * parent must be a folder (or not exist yet), and no name may exceed {@link #MAX_NAME_BYTES}.
   */
  private boolean guard(String path) {
    Path current = root;
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
        tooLong.add(path);
        return false;
      }
      current = current.resolve(segments[i]);
      if (Files.isSymbolicLink(current)) {
        links.add(String.join("/", Arrays.copyOf(segments, i + 1)));
        return false;
      }
      if (i < segments.length - 1 && Files.exists(current, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
        conflicts.add(String.join("/", Arrays.copyOf(segments, i + 1)) + " (a file stands where a folder is needed)");
        return false;
      }
    }
    return true;
  }

  /** Like {@link #guard} but records nothing: a stale path behind a link is simply left alone. */
  private boolean quietlySafe(String path) {
    Path current = root;
    for (String segment : path.split("/")) {
      current = current.resolve(segment);
      if (Files.isSymbolicLink(current)) {
        return false;
      }
    }
    return true;
  }

  private byte[] existing(String path) throws IOException {
    Path file = root.resolve(path);
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(file) : null;
  }

  private void refuseIfNeeded() throws OutputException {
    List<String> problems = new ArrayList<>();
    links.forEach(p -> problems.add(root.resolve(p) + ": is a symbolic link; Switchboard never writes through links (replace it with a real folder or remove it)"));
    conflicts.forEach(p -> problems.add(root.resolve(p) + ": exists and was not written by Switchboard (move it away, or delete it, to generate here)"));
    tooLong.forEach(p -> problems.add(root.resolve(p) + ": a name in this path is longer than " + MAX_NAME_BYTES + " bytes"));
    if (!problems.isEmpty()) {
      throw new OutputException("nothing was written to " + root + "; " + problems.size() + " path" + (problems.size() == 1 ? "" : "s") + " refused", problems);
    }
  }

  private static final class Report {
    final List<String> created = new ArrayList<>();
    final List<String> updated = new ArrayList<>();
    final List<String> deleted = new ArrayList<>();
    int unchanged;

    WriteReport toReport() {
      return new WriteReport(created, updated, deleted, unchanged);
    }
  }
}
