package dev.switchboard.core.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a file that a generation carries forward from the folder it writes, such as an SDK's
 * changelog, under the writer's own rules: nothing is read through a symbolic link below the
 * output folder (such a file counts as absent, and the writer then refuses to write there), and
 * only a regular text file of modest size is read.
 */
public final class KeptFile {
  static final long MAX_BYTES = 4L << 20;

  private KeptFile() {}

  /** The text at {@code folder/path} under {@code root}, if there is a file. */
  public static Optional<String> read(Path root, String folder, String path) throws IOException {
    Path dir = SafePaths.resolve(root.toAbsolutePath().normalize(), folder);
    Path file = SafePaths.resolve(dir, path);
    // Never read through a link; writing there is refused by the writer, with its own message.
    if (Files.isSymbolicLink(dir) || Files.isSymbolicLink(file) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
      throw new OutputException("refusing to read " + path + ": not a regular file of at most 4 MiB", List.of(file.toString()));
    }
    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
  }
}
