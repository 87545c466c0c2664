package dev.switchboard.typescript;

import dev.switchboard.core.ir.Name;
import dev.switchboard.core.naming.Case;
import dev.switchboard.core.plugin.Placement;
import java.util.List;
import java.util.Optional;

/**
 * Where an API's modules go in the package: {@code src/} for an SDK of one spec, {@code
 * src/accounts/v1/} for a spec mounted at {@code accounts/v1} in an SDK of several. The one place
 * that knows how far such a folder is from the shared runtime in {@code src/core/}.
 */
record SourceFolder(List<String> segments) {
  static final SourceFolder ROOT = new SourceFolder(List.of());

  SourceFolder {
    segments = List.copyOf(segments);
  }

  static SourceFolder of(Optional<Placement> placement) {
    return placement.map(p -> of(p.mount())).orElse(ROOT);
  }

  /** A mount's folder: its path's segments in kebab case, as resource modules are named. */
  static SourceFolder of(List<Name> mount) {
    return new SourceFolder(mount.stream().map(name -> Case.kebab(name.words())).toList());
  }

  /** The path of {@code file} (relative to the folder) in the package. */
  String path(String file) {
    return "src/" + module(file);
  }

  /** {@code file} as a module path relative to {@code src/}, such as {@code accounts/v1/index.js}. */
  String module(String file) {
    return segments.stream().map(s -> s + "/").reduce("", String::concat) + file;
  }

  /** The runtime as the folder's own modules import it: {@code ./core}, or {@code ../../core} from a mount. */
  String runtime() {
    return segments.isEmpty() ? "./core" : "../".repeat(segments.size()) + "core";
  }

  /** The runtime as the folder's {@code resources/} modules import it. */
  String runtimeFromResources() {
    return "../".repeat(segments.size() + 1) + "core";
  }
}
