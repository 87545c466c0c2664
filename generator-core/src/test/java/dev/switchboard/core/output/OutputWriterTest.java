package dev.switchboard.core.output;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
  @TempDir Path dir;

  private Path out() {
    return dir.resolve("out");
  }

  @Test
  void writesFilesAndManifest() throws IOException {
    WriteReport report = new OutputWriter(out()).write(new FileSet().add("a.txt", "A").add("pkg/b.txt", "B"));
    assertThat(report.created()).containsExactly("a.txt", "pkg/b.txt").inOrder();
    assertThat(Files.readString(out().resolve("pkg/b.txt"))).isEqualTo("B");
    assertThat(Files.readAllLines(out().resolve(OutputWriter.MANIFEST))).containsAtLeast(
        Manifest.sha256("A".getBytes()) + "  a.txt", Manifest.sha256("B".getBytes()) + "  pkg/b.txt").inOrder();
  }

  @Test
  void leavesUnchangedFilesUntouched() throws IOException {
    FileSet files = new FileSet().add("a.txt", "A");
    new OutputWriter(out()).write(files);
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(out().resolve("a.txt"), old);
    WriteReport second = new OutputWriter(out()).write(files);
    assertThat(second.changed()).isFalse();
    assertThat(second.unchanged()).isEqualTo(1);
    assertThat(Files.getLastModifiedTime(out().resolve("a.txt"))).isEqualTo(old);
  }

  @Test
  void removesFilesNoLongerGeneratedButKeepsFilesItDoesNotOwn() throws IOException {
    new OutputWriter(out()).write(new FileSet().add("keep.txt", "1").add("old/gone.txt", "2"));
    Files.writeString(out().resolve("mine.txt"), "user file");
    WriteReport report = new OutputWriter(out()).write(new FileSet().add("keep.txt", "1"));
    assertThat(report.deleted()).containsExactly("old/gone.txt");
    assertThat(Files.exists(out().resolve("old"))).isFalse();
    assertThat(Files.readString(out().resolve("mine.txt"))).isEqualTo("user file");
  }

  @Test
  void checkReportsWithoutWriting() throws IOException {
    new OutputWriter(out()).write(new FileSet().add("a.txt", "A").add("b.txt", "B"));
    WriteReport report = new OutputWriter(out()).check(new FileSet().add("a.txt", "changed").add("c.txt", "C"));
    assertThat(report.created()).containsExactly("c.txt");
    assertThat(report.updated()).containsExactly("a.txt");
    assertThat(report.deleted()).containsExactly("b.txt");
    assertThat(Files.readString(out().resolve("a.txt"))).isEqualTo("A");
    assertThat(Files.exists(out().resolve("c.txt"))).isFalse();
  }

  @Test
  void rejectsPathsThatLeaveTheFolder() {
    for (String path : new String[] {"../x", "/etc/passwd", "a/../../x", "a//b", "a\\b", "c:/x", "a/\u0000b", "./a"}) {
      assertThrows(IllegalArgumentException.class, () -> new FileSet().add(path, "x"), path);
    }
  }

  @Test
  void ignoresManifestEntriesThatLeaveTheFolder() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
    Files.createDirectories(out());
    Files.writeString(out().resolve(OutputWriter.MANIFEST), "../victim.txt\n/etc/hosts\n");
    new OutputWriter(out()).write(new FileSet().add("a.txt", "A"));
    assertThat(Files.readString(victim)).isEqualTo("precious");
  }

  @Test
  void refusesToWriteThroughASymlinkLeadingOutside() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createDirectories(out());
    Files.createSymbolicLink(out().resolve("link"), outside);
    assertThrows(IOException.class, () -> new OutputWriter(out()).write(new FileSet().add("link/x.txt", "x")));
    assertThat(Files.exists(outside.resolve("x.txt"))).isFalse();
  }

  private static Map<String, FileSet> languages(String python, String typescript) {
    Map<String, FileSet> byFolder = new TreeMap<>();
    byFolder.put("python", new FileSet().add("README.md", python).add("src/pkg/__init__.py", python));
    byFolder.put("typescript", new FileSet().add("README.md", typescript).add("src/index.ts", typescript));
    return byFolder;
  }

  /** Every file under {@code folder} with its content (links shown as their target), for before/after comparisons. */
  static Map<String, String> snapshot(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.toList()) {
        String key = folder.relativize(path).toString();
        if (Files.isSymbolicLink(path)) {
          files.put(key, "-> " + Files.readSymbolicLink(path));
        } else if (Files.isRegularFile(path)) {
          files.put(key, Files.readString(path));
        } else {
          files.put(key + "/", "");
        }
      }
    }
    return files;
  }

  @Test
  void refusesASymlinkedManifestAndWritesNothing() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
    Files.createDirectories(out().resolve("python"));
    Files.createSymbolicLink(out().resolve("python/" + OutputWriter.MANIFEST), victim);
    Map<String, String> before = snapshot(out());
    OutputException e = assertThrows(OutputException.class, () -> new OutputWriter(out()).writeAll(languages("p", "t")));
    assertThat(e.getMessage()).contains("python/" + OutputWriter.MANIFEST + ": is a symbolic link");
    assertThat(Files.readString(victim)).isEqualTo("precious");
    assertThat(snapshot(out())).isEqualTo(before);
  }

  @Test
  void refusesASymlinkedLanguageFolderOrSubfolderAndWritesNothing() throws IOException {
    for (String link : new String[] {"python", "typescript/src", "python/src/pkg"}) {
      Path root = Files.createDirectories(dir.resolve("case-" + link.replace('/', '-')));
      Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
      Path out = root.resolve("out");
      Files.createDirectories(out.resolve(link).getParent());
      Files.createSymbolicLink(out.resolve(link), elsewhere);
      Map<String, String> before = snapshot(root);
      OutputException e = assertThrows(OutputException.class, () -> new OutputWriter(out).writeAll(languages("p", "t")), link);
      assertThat(e.getMessage()).contains(out.resolve(link) + ": is a symbolic link");
      assertThat(snapshot(root)).isEqualTo(before);
    }
  }

  @Test
  void refusesASymlinkedFileAtAGeneratedPath() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
    Files.createDirectories(out());
    Files.createSymbolicLink(out().resolve("a.txt"), victim);
    assertThrows(OutputException.class, () -> new OutputWriter(out()).write(new FileSet().add("a.txt", "A")));
    assertThat(Files.readString(victim)).isEqualTo("precious");
  }

  @Test
  void writesAllLanguagesOrNoneWhenOneFolderIsRefused() throws IOException {
    new OutputWriter(out()).writeAll(languages("old", "old"));
    Files.delete(out().resolve("typescript/src/index.ts"));
    Files.delete(out().resolve("typescript/src"));
    Files.createSymbolicLink(out().resolve("typescript/src"), Files.createDirectories(dir.resolve("elsewhere")));
    Map<String, String> before = snapshot(out());
    assertThrows(OutputException.class, () -> new OutputWriter(out()).writeAll(languages("new", "new")));
    assertThat(snapshot(out())).isEqualTo(before);
    assertThat(Files.readString(out().resolve("python/README.md"))).isEqualTo("old");
  }

  @Test
  void writesAllLanguagesOrNoneWhenANameIsTooLong() throws IOException {
    new OutputWriter(out()).writeAll(languages("old", "old"));
    Map<String, FileSet> next = languages("new", "new");
    next.get("typescript").add("x".repeat(300) + ".md", "long");
    Map<String, String> before = snapshot(out());
    OutputException e = assertThrows(OutputException.class, () -> new OutputWriter(out()).writeAll(next));
    assertThat(e.getMessage()).contains("longer than 255 bytes");
    assertThat(snapshot(out())).isEqualTo(before);
  }

  @Test
  void rollsBackEverythingWhenWritingFailsHalfway() throws IOException {
    new OutputWriter(out()).writeAll(languages("old", "old"));
    Files.writeString(out().resolve("python/" + OutputWriter.MANIFEST), "# planted entry, still owned\npython-only.txt\n", java.nio.file.StandardOpenOption.APPEND);
    Map<String, String> before = snapshot(out());
    Map<String, FileSet> next = languages("new", "new");
    next.get("typescript").add("deep/new/folder/file.ts", "x");
    OutputWriter failing = new OutputWriter(out(), path -> {
      if (path.equals("typescript/src/index.ts")) {
        throw new java.io.UncheckedIOException(new IOException("disk full"));
      }
    });
    OutputException e = assertThrows(OutputException.class, () -> failing.writeAll(next));
    assertThat(e.getMessage()).contains("disk full");
    assertThat(e.getMessage()).contains("it was left as it was");
    assertThat(snapshot(out())).isEqualTo(before);
  }

  @Test
  void neverOverwritesAFileItDoesNotOwn() throws IOException {
    Files.createDirectories(out().resolve("python"));
    Files.writeString(out().resolve("python/README.md"), "my own notes");
    Map<String, String> before = snapshot(out());
    OutputException e = assertThrows(OutputException.class, () -> new OutputWriter(out()).writeAll(languages("p", "t")));
    assertThat(e.paths()).hasSize(1);
    assertThat(e.getMessage()).contains(out().resolve("python/README.md") + ": exists and was not written by Switchboard");
    assertThat(snapshot(out())).isEqualTo(before);
    assertThrows(OutputException.class, () -> new OutputWriter(out()).checkAll(languages("p", "t")));
  }

  @Test
  void adoptsAnExistingFileThatAlreadyHoldsTheGeneratedBytes() throws IOException {
    Files.createDirectories(out());
    Files.writeString(out().resolve("a.txt"), "A");
    WriteReport report = new OutputWriter(out()).write(new FileSet().add("a.txt", "A"));
    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(Files.readString(out().resolve(OutputWriter.MANIFEST))).contains("  a.txt");
  }

  @Test
  void aPlantedManifestEntryNeverDeletesAUserFileOrFolder() throws IOException {
    Files.createDirectories(out().resolve("docs/notes"));
    Files.writeString(out().resolve("docs/notes/mine.md"), "user file");
    Files.writeString(out().resolve("README.md"), "user readme");
    Files.writeString(out().resolve(OutputWriter.MANIFEST),
        "docs/notes/mine.md\ndocs\n" + Manifest.sha256("something else".getBytes()) + "  README.md\n");
    WriteReport report = new OutputWriter(out()).write(new FileSet().add("a.txt", "A"));
    assertThat(report.deleted()).isEmpty();
    assertThat(Files.readString(out().resolve("docs/notes/mine.md"))).isEqualTo("user file");
    assertThat(Files.readString(out().resolve("README.md"))).isEqualTo("user readme");
  }

  @Test
  void keepsAGeneratedFileTheUserChangedAfterwardsWhenItIsNoLongerGenerated() throws IOException {
    new OutputWriter(out()).write(new FileSet().add("a.txt", "A").add("b.txt", "B"));
    Files.writeString(out().resolve("b.txt"), "edited by hand");
    WriteReport report = new OutputWriter(out()).write(new FileSet().add("a.txt", "A"));
    assertThat(report.deleted()).isEmpty();
    assertThat(Files.readString(out().resolve("b.txt"))).isEqualTo("edited by hand");
  }

  @Test
  void newFilesFollowTheUmaskNotOwnerOnly() throws IOException {
    new OutputWriter(out()).write(new FileSet().add("pkg/a.txt", "A"));
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(out().resolve("pkg/a.txt"));
    Path reference = Files.createFile(dir.resolve("reference.txt"));
    assertThat(permissions).isEqualTo(Files.getPosixFilePermissions(reference));
    assertThat(permissions).contains(PosixFilePermission.OWNER_WRITE);
    assertThat(Files.getPosixFilePermissions(out().resolve(OutputWriter.MANIFEST))).isEqualTo(permissions);
  }

  @Test
  void leavesNoStagingFolderBehind() throws IOException {
    new OutputWriter(out()).writeAll(languages("a", "b"));
    try (Stream<Path> entries = Files.list(out())) {
      assertThat(entries.map(p -> p.getFileName().toString()).toList()).containsExactly("python", "typescript");
    }
  }
}
