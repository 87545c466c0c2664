package dev.switchboard.core.output;

import java.io.IOException;
import java.util.List;

/**
 * Writing was refused or failed; the output folder was left as it was. {@code paths} names every
 * offending path, so the message can list them.
 */
public final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  private final List<String> paths;

  public OutputException(String message, List<String> paths) {
    super(message + (paths.isEmpty() ? "" : ":\n  " + String.join("\n  ", paths)));
    this.paths = List.copyOf(paths);
  }

  public List<String> paths() {
    return paths;
  }
}
