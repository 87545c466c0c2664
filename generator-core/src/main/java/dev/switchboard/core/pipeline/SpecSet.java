package dev.switchboard.core.pipeline;

import dev.switchboard.core.config.ConfigException;
import dev.switchboard.core.config.Confined;
import dev.switchboard.core.config.SwitchboardConfig;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The spec files a job reads. A file is itself; a folder is the files its config's {@code specs:}
 * patterns name there (by default every {@code .json}, {@code .yaml} and {@code .yml} file but the
 * config); a file name pattern ({@code specs/twilio_*.json}) is the files it matches in its folder.
 * Only regular files of that folder are taken, never through a link leading out of it, sorted by
 * name, so the same folder always makes the same SDK.
 */
public final class SpecSet {
  private static final List<String> DEFAULT_PATTERNS = List.of("*.json", "*.yaml", "*.yml");
  private static final int MAX_SPECS = 500;

  private SpecSet() {}

  /** The files {@code spec} and {@code more} name, in order, each once. */
  public static List<Path> resolve(Path spec, List<Path> more, SwitchboardConfig config) {
    Set<Path> files = new LinkedHashSet<>(one(spec, config));
    more.forEach(path -> files.addAll(one(path, config)));
    if (files.size() > MAX_SPECS) {
      throw new ConfigException(spec + ": " + files.size() + " spec files make one SDK; at most " + MAX_SPECS + " may");
    }
    return List.copyOf(files);
  }

  /** Whether {@code spec} names a folder or a pattern rather than one file. */
  public static boolean isPattern(Path spec) {
    String name = String.valueOf(spec.getFileName());
    return !Files.exists(spec) && (name.contains("*") || name.contains("?") || name.contains("["));
  }

  private static List<Path> one(Path spec, SwitchboardConfig config) {
    if (Files.isDirectory(spec)) {
      List<String> patterns = config.specs().patterns().isEmpty() ? DEFAULT_PATTERNS : config.specs().patterns();
      return matching(spec, patterns, spec + " (specs: " + String.join(", ", patterns) + ")");
    }
    if (isPattern(spec)) {
      Path folder = spec.getParent() == null ? Path.of(".") : spec.getParent();
      if (!Files.isDirectory(folder)) {
        throw new ConfigException(spec + ": folder not found: " + folder);
      }
      return matching(folder, List.of(spec.getFileName().toString()), spec.toString());
    }
    return List.of(spec);
  }

  private static List<Path> matching(Path folder, List<String> patterns, String what) {
    List<PathMatcher> matchers = new ArrayList<>();
    try {
      patterns.forEach(p -> matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + p)));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(what + ": not a file name pattern: " + e.getMessage().lines().findFirst().orElse(""));
    }
    List<Path> found;
    try (Stream<Path> listed = Files.list(folder)) {
      found = listed.filter(p -> matchers.stream().anyMatch(m -> m.matches(p.getFileName())))
          .filter(p -> !Files.isDirectory(p))
          .filter(p -> !p.getFileName().toString().equals(Director.CONFIG_FILE))
          .map(p -> folder.resolve(p.getFileName())).sorted().toList();
    } catch (IOException e) {
      throw new ConfigException(what + ": cannot list the folder: " + e.getMessage());
    }
    if (found.isEmpty()) {
      throw new ConfigException(what + ": no spec file matches; name OpenAPI files, a folder of them or a pattern such as"
          + " 'specs/*.json'");
    }
    for (Path file : found) {
      try {
        Confined.check(file, folder, "spec");
      } catch (IOException e) {
        throw new ConfigException(file + ": cannot read the spec: " + e.getMessage());
      }
    }
    return found;
  }
}
