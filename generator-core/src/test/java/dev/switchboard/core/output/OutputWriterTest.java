package dev.switchboard.core.output;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
    assertThat(Files.readAllLines(out().resolve(OutputWriter.MANIFEST))).containsAtLeast("a.txt", "pkg/b.txt").inOrder();
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
}
