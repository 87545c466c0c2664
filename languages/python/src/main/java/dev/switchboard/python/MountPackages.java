package dev.switchboard.python;

import dev.switchboard.core.ir.Name;
import java.util.List;

/**
 * The packages of one spec of several in one SDK: each segment of its mount's path is a package
 * below the root ({@code flex-api/v1} → {@code flex_api/v1/}), spelled as Python identifiers.
 */
final class MountPackages {
  private MountPackages() {}

  /** The package names of {@code path}, outermost first. */
  static List<String> of(List<Name> path) {
    return path.stream().map(name -> PythonSymbols.snake(name.words())).toList();
  }

  /** The folder of {@code path} below the package root, ending with a slash. */
  static String folder(List<Name> path) {
    return String.join("/", of(path)) + "/";
  }

  /** The module path of {@code path} relative to the package root: {@code .flex_api.v1}. */
  static String module(List<Name> path) {
    return "." + String.join(".", of(path));
  }
}
