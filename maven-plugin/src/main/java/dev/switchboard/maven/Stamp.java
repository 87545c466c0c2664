package dev.switchboard.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A hash of what generation depends on: the spec files, the config and the overlays it names (each
 * file's path and bytes, in order), the languages and the generator's own jars. Kept in the output
 * folder; an equal stamp means the output is current.
 */
record Stamp(String hash) {
  static final String FILE = ".switchboard-stamp";

  static Stamp of(List<Path> inputs, List<String> languages, List<Class<?>> generators) {
    Path reading = null;
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path input : inputs) {
        reading = input;
        digest.update(input.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(input));
        digest.update((byte) 0);
      }
      digest.update(String.join(",", languages).getBytes(StandardCharsets.UTF_8));
      for (Class<?> generator : generators) {
        Path jar = codeSource(generator);
        if (jar != null && Files.isRegularFile(jar)) {
          digest.update(Files.readAllBytes(jar));
        }
      }
      return new Stamp(HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + reading + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  boolean matches(Path file) {
    try {
      return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).strip().equals(hash);
    } catch (IOException e) {
      return false;
    }
  }

  void write(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, hash + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
