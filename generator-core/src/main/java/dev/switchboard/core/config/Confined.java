package dev.switchboard.core.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Refuses a user file that is not a regular file, or that a symbolic link leads out of its folder. */
public final class Confined {
  private Confined() {}

  /** {@code file} must be a regular file whose real path lies in its own folder's real path. */
  public static void check(Path file, String what) throws IOException {
    check(file, file.toAbsolutePath().getParent(), what);
  }

  /** {@code file} must be a regular file whose real path lies under {@code folder}'s real path. */
  public static void check(Path file, Path folder, String what) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": the " + what + " is not a regular file");
    }
    Path real = file.toRealPath();
    if (!real.startsWith(folder.toRealPath())) {
      throw new ConfigException(file + ": the " + what + " is a symbolic link leading out of " + folder + " (to " + real
          + "); replace the link with the file itself");
    }
  }
}
