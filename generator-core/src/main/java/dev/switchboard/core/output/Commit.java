package dev.switchboard.core.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Carries out a {@link WritePlan}: stages every new file in a hidden folder under the root, then moves
 * files into place keeping a journal; on any failure the journal is undone in reverse, so the root
 * is left as it was.
 */
final class Commit {
  private final Path root;
  private final WritePlan plan;
  private final Deque<Undo> journal = new ArrayDeque<>();
  private Path staging;
  private int counter;

  private final Consumer<String> beforeMove;

  Commit(Path root, WritePlan plan, Consumer<String> beforeMove) {
    this.root = root;
    this.plan = plan;
    this.beforeMove = beforeMove;
  }

  private interface Undo {
    void undo() throws IOException;
  }

  void run() throws IOException {
    boolean rootExisted = Files.exists(root);
    try {
      Files.createDirectories(root);
      staging = Files.createTempDirectory(root, ".switchboard-staging-");
      Map<String, Path> staged = stage();
      moveIntoPlace(staged);
      delete();
    } catch (IOException | RuntimeException e) {
      rollBack();
      cleanUp();
      if (!rootExisted) {
        deleteIfEmpty(root);
      }
      throw new OutputException("could not write " + root + " (" + describe(e) + "); it was left as it was", List.of());
    }
    cleanUp();
    removeEmptyFolders();
  }

  private Map<String, Path> stage() throws IOException {
    Map<String, Path> staged = new java.util.TreeMap<>();
    for (Map.Entry<String, byte[]> file : plan.writes.entrySet()) {
      Path temporary = staging.resolve(Integer.toString(counter++));
      Files.write(temporary, file.getValue());
      staged.put(file.getKey(), temporary);
    }
    return staged;
  }

  private void moveIntoPlace(Map<String, Path> staged) throws IOException {
    for (Map.Entry<String, Path> file : staged.entrySet()) {
      Path target = root.resolve(file.getKey());
      beforeMove.accept(file.getKey());
      createFolders(target.getParent());
      ensureInside(target.getParent(), file.getKey());
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Path backup = staging.resolve("backup-" + counter++);
        Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
        journal.push(() -> Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING));
      }
      Files.move(file.getValue(), target, StandardCopyOption.ATOMIC_MOVE);
      journal.push(() -> Files.deleteIfExists(target));
    }
  }

  private void delete() throws IOException {
    for (String path : plan.deletes) {
      Path target = root.resolve(path);
      ensureInside(target.getParent(), path);
      Path trash = staging.resolve("deleted-" + counter++);
      Files.move(target, trash, StandardCopyOption.ATOMIC_MOVE);
      journal.push(() -> Files.move(trash, target, StandardCopyOption.ATOMIC_MOVE));
    }
  }

  private void createFolders(Path folder) throws IOException {
    if (folder.equals(root) || Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    createFolders(folder.getParent());
    Files.createDirectory(folder);
    journal.push(() -> deleteIfEmpty(folder));
  }

  /** Checked again just before each move, so a link planted after planning is still refused. */
  private void ensureInside(Path folder, String path) throws IOException {
    Path expected = root.toRealPath().resolve(root.relativize(folder));
    if (!folder.toRealPath().equals(expected)) {
      throw new IOException(path + " leads through a symbolic link");
    }
  }

  private void rollBack() {
    while (!journal.isEmpty()) {
      try {
        journal.pop().undo();
      } catch (IOException | RuntimeException ignored) {
        // Keep undoing the rest; one failed step must not strand the others.
      }
    }
  }

  private void cleanUp() {
    if (staging == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(staging)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // A leftover hidden staging folder is harmless and is named for what it is.
    }
  }

  private void removeEmptyFolders() throws IOException {
    for (String path : plan.deletes) {
      for (Path dir = root.resolve(path).getParent(); !dir.equals(root) && deleteIfEmpty(dir); dir = dir.getParent()) {
        // Walks up while folders are left empty by the deletion.
      }
    }
  }

  private static boolean deleteIfEmpty(Path dir) {
    try {
      Files.delete(dir);
      return true;
    } catch (DirectoryNotEmptyException e) {
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
        ? fs.getFile() + ": " + fs.getReason() : message;
  }
}
